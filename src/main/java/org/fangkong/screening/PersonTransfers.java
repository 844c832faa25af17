package org.fangkong.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.Screenings.NodeRef;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.Masking;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.PersonalDataProtection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of residence across jurisdictions (issue #9 item 1, SECURITY.md AC1, AC7): a
 * report that matched a person outside the reporter's jurisdiction asks for a transfer
 * instead of moving them. Township officers, HQ staff and the commander whose scope
 * covers the sending or the receiving grid see the pending requests; only a scope
 * covering the sending grid (the township that holds the person) approves, which moves
 * the person and their open screening and merges the report's record into them. Either
 * side may reject; nothing moves then. Decisions are audited.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = InvalidInputException.class)
public class PersonTransfers {

	private final PersonTransferRepository transfers;

	private final PersonRepository persons;

	private final ScreeningRepository screenings;

	private final Persons people;

	private final ScreeningAccess access;

	private final Jurisdictions jurisdictions;

	private final PersonalDataProtection protection;

	private final AuditTrail audit;

	private final Clock clock;

	PersonTransfers(PersonTransferRepository transfers, PersonRepository persons, ScreeningRepository screenings,
			Persons people, ScreeningAccess access, Jurisdictions jurisdictions, PersonalDataProtection protection,
			AuditTrail audit, Clock clock) {
		this.transfers = transfers;
		this.persons = persons;
		this.screenings = screenings;
		this.people = people;
		this.access = access;
		this.jurisdictions = jurisdictions;
		this.protection = protection;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Asks for {@code known} to move to {@code to}; {@code reported} is the record the
	 * report was written to (null when it only added a crossing).
	 */
	void request(Person known, Person reported, Persons.Placement to, String requestedBy) {
		this.transfers.save(new PersonTransfer(known.getId(), (reported != null) ? reported.getId() : null,
				known.getGridId(), this.jurisdictions.pathOf(known.getGridId()), to.gridId(), to.gridPath(),
				to.householdId(), requestedBy, Instant.now(this.clock)));
	}

	/** The pending requests the actor sees, newest first. */
	public List<TransferView> pending(Actor actor) {
		ScreeningAccess.requireRole(actor, ScreeningAccess.APPROVERS);
		String scope = this.jurisdictions.scopePath(actor);
		return this.transfers.findInScope(PersonTransfer.Status.PENDING, scope)
			.stream()
			.map((t) -> view(t, actor, scope))
			.toList();
	}

	/** How many pending requests the actor sees (0 for roles that decide none). */
	public long pendingCount(Actor actor) {
		if (!ScreeningAccess.mayAny(actor, ScreeningAccess.APPROVERS)) {
			return 0;
		}
		return this.transfers.countInScope(PersonTransfer.Status.PENDING, this.jurisdictions.scopePath(actor));
	}

	/**
	 * Approves a request: needs a scope covering the sending grid. The person and their
	 * open screenings move to the receiving grid; the report's record is merged into
	 * them.
	 */
	@Transactional
	public TransferView approve(Actor actor, long id) {
		ScreeningAccess.requireRole(actor, ScreeningAccess.APPROVERS);
		String scope = this.jurisdictions.scopePath(actor);
		PersonTransfer transfer = load(id, scope);
		if (!transfer.getFromGridPath().startsWith(scope)) {
			throw new ForbiddenException(actor.username() + " does not hold the person of transfer " + id);
		}
		transfer.decide(true, actor.username(), Instant.now(this.clock));
		Person person = this.persons.findById(transfer.getPersonId()).orElseThrow();
		person.update(null, null, null, null, null, transfer.getToGridId(), transfer.getToHouseholdId());
		String detail = "transfer " + id + ": grid " + transfer.getFromGridId() + " -> " + transfer.getToGridId();
		for (Screening open : this.screenings.findOpenOf(person.getId())) {
			open.moveTo(transfer.getToGridId(), transfer.getToGridPath());
			this.access.record(open, actor, "TRANSFERRED", open.getStatus(), open.getStatus(), detail);
		}
		if (transfer.getReportedPersonId() != null) {
			this.persons.findById(transfer.getReportedPersonId())
				.filter((reported) -> reported.getMergedInto() == null)
				.ifPresent((reported) -> this.people.absorb(person, reported, actor));
		}
		this.audit.record(AuditAction.USER_CHANGED, "person", person.getId(), AuditTrail.SUCCESS, detail + " approved");
		return view(transfer, actor, scope);
	}

	/** Rejects a request: either side may; nothing moves. */
	@Transactional
	public TransferView reject(Actor actor, long id) {
		ScreeningAccess.requireRole(actor, ScreeningAccess.APPROVERS);
		String scope = this.jurisdictions.scopePath(actor);
		PersonTransfer transfer = load(id, scope);
		transfer.decide(false, actor.username(), Instant.now(this.clock));
		this.audit.record(AuditAction.USER_CHANGED, "person", transfer.getPersonId(), AuditTrail.SUCCESS,
				"transfer " + id + " rejected");
		return view(transfer, actor, scope);
	}

	private PersonTransfer load(long id, String scope) {
		return this.transfers.findById(id)
			.filter((t) -> t.getFromGridPath().startsWith(scope) || t.getToGridPath().startsWith(scope))
			.orElseThrow(() -> new NotFoundException("transfer", id));
	}

	/**
	 * A request as the actor may see it: the sending side sees its person's name, the
	 * receiving side only what was reported; the ID number masked unless the role sees
	 * full identifiers.
	 */
	private TransferView view(PersonTransfer transfer, Actor actor, String scope) {
		boolean holder = transfer.getFromGridPath().startsWith(scope);
		Person known = this.persons.findById(transfer.getPersonId()).orElseThrow();
		Person reported = (transfer.getReportedPersonId() != null)
				? this.persons.findById(transfer.getReportedPersonId()).orElse(null) : null;
		Person shown = holder ? known : reported;
		String idNumber = this.protection.decrypt(known.getIdNumberEnc());
		Map<Long, JurisdictionView> grids = this.jurisdictions
			.findAll(List.of(transfer.getFromGridId(), transfer.getToGridId()));
		return new TransferView(transfer.getId(), (shown != null) ? shown.getId() : null,
				(shown != null) ? shown.getName() : null, (idNumber != null) ? Masking.idNumber(idNumber) : null,
				actor.seesFullIdentifiers() ? idNumber : null, ref(transfer.getFromGridId(), grids),
				ref(transfer.getToGridId(), grids), transfer.getRequestedBy(), transfer.getRequestedAt(),
				transfer.getStatus().name(), transfer.getDecidedBy(), transfer.getDecidedAt(),
				holder && transfer.getStatus() == PersonTransfer.Status.PENDING);
	}

	private static NodeRef ref(long id, Map<Long, JurisdictionView> grids) {
		JurisdictionView grid = grids.get(id);
		return new NodeRef(id, (grid != null) ? grid.name() : "?", (grid != null) ? grid.code() : "?");
	}

	/**
	 * A transfer request. {@code personId} and {@code name}: the person for the sending
	 * side, the reported record for the receiving side (null if none); {@code idNumber}
	 * full only for roles that see full identifiers; {@code canApprove} when the actor
	 * holds the sending grid and the request is pending.
	 */
	public record TransferView(long id, Long personId, String name, String idNumberMasked, String idNumber,
			NodeRef fromGrid, NodeRef toGrid, String requestedBy, Instant requestedAt, String status, String decidedBy,
			Instant decidedAt, boolean canApprove) {

	}

}
