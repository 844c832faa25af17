package org.fangkong.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.screening.Screenings.ScreeningView;
import org.fangkong.shared.Actor;
import org.fangkong.shared.IdType;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.PersonalDataProtection;
import org.fangkong.shared.ResidentIdNumber;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person, one record (人员主档, R-SCR-4): found by ID number inside the actor's
 * jurisdiction, read with their latest screening, merged when entered twice. Full reads
 * and searches are audited (SECURITY.md AU3).
 */
@Service
@Transactional(readOnly = true, noRollbackFor = InvalidInputException.class)
public class Persons {

	/** A bound on the placements kept; the demo city has about 800 nodes. */
	private static final int MAX_PLACEMENTS = 100_000;

	private final Map<Long, Placement> placements = new ConcurrentHashMap<>();

	private final PersonRepository persons;

	private final ScreeningRepository screenings;

	private final ScreeningCrossingRepository crossings;

	private final ScreeningAccess access;

	private final ScreeningViews views;

	private final Jurisdictions jurisdictions;

	private final PersonalDataProtection protection;

	private final AuditTrail audit;

	private final Clock clock;

	Persons(PersonRepository persons, ScreeningRepository screenings, ScreeningCrossingRepository crossings,
			ScreeningAccess access, ScreeningViews views, Jurisdictions jurisdictions,
			PersonalDataProtection protection, AuditTrail audit, Clock clock) {
		this.persons = persons;
		this.screenings = screenings;
		this.crossings = crossings;
		this.access = access;
		this.views = views;
		this.jurisdictions = jurisdictions;
		this.protection = protection;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * People found by ID number inside the actor's jurisdiction, each with their latest
	 * screening (audited as a search).
	 */
	public List<ScreeningView> findByIdNumber(Actor actor, String idNumber) {
		ScreeningAccess.requireRole(actor, ScreeningAccess.READERS);
		String hash = this.protection.lookupHash(IdType.normalise(idNumber));
		// One record per ID type and number: a handful of rows at most, checked one by
		// one.
		List<ScreeningView> found = this.persons.findByIdNumberHash(hash)
			.stream()
			.filter((person) -> this.jurisdictions.covers(actor, person.getGridId()))
			.map((person) -> latest(person, actor))
			.toList();
		this.audit.record(AuditAction.SEARCH, "person", null, AuditTrail.SUCCESS,
				"by ID number, found=" + found.size());
		return found;
	}

	/** A person the actor may see, with their latest screening. */
	public ScreeningView person(Actor actor, long personId) {
		ScreeningAccess.requireRole(actor, ScreeningAccess.READERS);
		Person person = this.persons.findById(personId)
			.filter((p) -> p.getMergedInto() == null)
			.filter((p) -> this.jurisdictions.covers(actor, p.getGridId()))
			.orElseThrow(() -> new NotFoundException("person", personId));
		if (actor.seesFullIdentifiers()) {
			this.audit.record(AuditAction.READ_FULL_RECORD, "person", personId, AuditTrail.SUCCESS, null);
		}
		return latest(person, actor);
	}

	/**
	 * Merges a duplicate person (entered before the ID was known) into the survivor:
	 * every screening moves to the survivor, the duplicate is kept but no longer listed,
	 * and the merge is audited. An open screening of the duplicate, when the survivor has
	 * one open already, is merged into it: its crossings move there and it is closed as
	 * merged (one open screening per person, issue #8 item 1).
	 */
	@Transactional
	public void merge(Actor actor, long survivorId, long duplicateId) {
		ScreeningAccess.requireRole(actor, ScreeningAccess.APPROVERS);
		Person survivor = this.persons.findById(survivorId)
			.filter((p) -> this.jurisdictions.covers(actor, p.getGridId()))
			.orElseThrow(() -> new NotFoundException("person", survivorId));
		Person duplicate = this.persons.findById(duplicateId)
			.filter((p) -> this.jurisdictions.covers(actor, p.getGridId()) && p.getMergedInto() == null)
			.orElseThrow(() -> new NotFoundException("person", duplicateId));
		if (survivorId == duplicateId) {
			throw InvalidInputException.of("duplicateId", "validation.invalid");
		}
		absorb(survivor, duplicate, actor);
		this.audit.record(AuditAction.USER_CHANGED, "person", survivorId, AuditTrail.SUCCESS,
				"merged person " + duplicateId);
	}

	/**
	 * Moves every screening of the duplicate to the survivor (an open one merged into the
	 * survivor's open screening) and marks the duplicate merged; the caller checks
	 * jurisdiction and audits.
	 */
	void absorb(Person survivor, Person duplicate, Actor actor) {
		long survivorId = survivor.getId();
		long duplicateId = duplicate.getId();
		Screening open = this.screenings.findOpenOf(survivorId).stream().findFirst().orElse(null);
		for (Screening screening : this.screenings.findByPersonIdOrderByIdDesc(duplicateId)) {
			screening.movePersonTo(survivor.getId());
			this.access.record(screening, actor, "MERGED", screening.getStatus(), screening.getStatus(),
					"person " + duplicateId + " -> " + survivorId);
			if (screening.isFinal()) {
				continue;
			}
			if (open == null) {
				open = screening;
				continue;
			}
			this.crossings.moveAll(screening.getId(), open.getId());
			ScreeningStatus before = screening.getStatus();
			screening.mergeInto(open.getId());
			this.access.record(screening, actor, "MERGED", before, screening.getStatus(),
					"screening " + screening.getId() + " -> " + open.getId());
			this.access.record(open, actor, "MERGED", open.getStatus(), open.getStatus(),
					"screening " + screening.getId() + " -> " + open.getId());
		}
		duplicate.mergeInto(survivor.getId());
	}

	/**
	 * The person with this ID, updated with what the report says, or a new record (PR1:
	 * ID number and phone encrypted, the keyed hash to find them again).
	 */
	Person findOrCreate(IdType idType, String idNumber, String name, String phone, String sex, String currentAddress,
			String householdAddress, Placement place) {
		Person person = (idNumber != null)
				? this.persons.lockByIdentity(idType, this.protection.lookupHash(idNumber)).orElse(null) : null;
		return updateOrCreate(person, idType, idNumber, name, phone, sex, currentAddress, householdAddress, place);
	}

	/**
	 * As {@link #findOrCreate}, for a caller that has already looked the ID up with
	 * {@link #match} (and so holds the lock): {@code known} is what it found, or null.
	 */
	Person updateOrCreate(Person known, IdType idType, String idNumber, String name, String phone, String sex,
			String currentAddress, String householdAddress, Placement place) {
		Person person = known;
		if (person == null) {
			person = new Person(name, place.gridId(), place.householdId(), Instant.now(this.clock));
			if (idNumber != null) {
				boolean resident = idType == IdType.RESIDENT_ID;
				person.identify(idType, this.protection.encrypt(idNumber), this.protection.lookupHash(idNumber),
						resident ? ResidentIdNumber.sex(idNumber) : sex,
						resident ? ResidentIdNumber.birthDate(idNumber) : null);
			}
		}
		person.update(name, sex, this.protection.encrypt(phone), currentAddress, householdAddress, place.gridId(),
				place.householdId());
		LedgerSearch.index(person, idNumber, phone, this.protection::lookupHash);
		return this.persons.save(person);
	}

	/**
	 * The person with this ID (none without one), whatever their grid, the row locked
	 * until the transaction ends. A match only: whether the caller may see or change the
	 * person is the caller's to decide (issue #9 item 1).
	 */
	Optional<Person> match(IdType idType, String idNumber) {
		return (idNumber != null) ? this.persons.lockByIdentity(idType, this.protection.lookupHash(idNumber))
				: Optional.empty();
	}

	/**
	 * Issue #9 item 1: the record of a report whose ID number matched a person outside
	 * the reporter's jurisdiction. Built only from what the report says, in the reporting
	 * grid; the ID number is kept encrypted but without the lookup hash (one person per
	 * hash), so that the matched person is neither changed nor disclosed. An approved
	 * transfer merges it into the matched person.
	 */
	Person reported(IdType idType, String idNumber, String name, String phone, String sex, String currentAddress,
			String householdAddress, Placement place) {
		Person person = new Person(name, place.gridId(), place.householdId(), Instant.now(this.clock));
		boolean resident = idType == IdType.RESIDENT_ID;
		person.identify(idType, this.protection.encrypt(idNumber), null,
				resident ? ResidentIdNumber.sex(idNumber) : sex,
				resident ? ResidentIdNumber.birthDate(idNumber) : null);
		person.update(name, sex, this.protection.encrypt(phone), currentAddress, householdAddress, place.gridId(),
				place.householdId());
		LedgerSearch.index(person, idNumber, phone, this.protection::lookupHash);
		return this.persons.save(person);
	}

	/**
	 * The grid (village or community) of a node with its path, and the household if the
	 * node is one. Kept per node once known (issue #19: the arrival intake asked the tree
	 * twice per arrival): nodes are only added, never moved, so a node's grid and path
	 * never change, and what one application node keeps is true on every other (issue
	 * #18). A rename or a new cadre does not touch a placement. Moving a node would also
	 * falsify the paths stored with screenings and referrals; it is not supported.
	 */
	Placement placement(long nodeId) {
		Placement known = this.placements.get(nodeId);
		if (known != null) {
			return known;
		}
		Placement placement = placementInTree(nodeId);
		if (this.placements.size() >= MAX_PLACEMENTS) {
			this.placements.clear();
		}
		this.placements.put(nodeId, placement);
		return placement;
	}

	private Placement placementInTree(long nodeId) {
		List<JurisdictionView> path = this.jurisdictions.breadcrumbsUnscoped(nodeId);
		JurisdictionView node = path.get(path.size() - 1);
		long grid = path.stream()
			.filter(JurisdictionView::isGrid)
			.reduce((first, second) -> second)
			.map(JurisdictionView::id)
			.orElse(nodeId);
		return new Placement(grid, this.jurisdictions.pathOf(grid),
				(node.kind() == NodeKind.HOUSEHOLD) ? node.id() : null);
	}

	private ScreeningView latest(Person person, Actor actor) {
		Screening screening = this.screenings.findByPersonIdOrderByIdDesc(person.getId())
			.stream()
			.filter((s) -> s.getMergedInto() == null)
			.findFirst()
			.orElseGet(() -> new Screening(person.getId(), person.getGridId(), null, LeadSource.GRID_FOUND, null,
					new Trip(OriginClass.LOCAL, null, null, null, null, null, null, null, null, null, null), null,
					null));
		return this.views.toView(screening, person, actor);
	}

	/** Where a person lives: their grid with its path and, if known, their household. */
	record Placement(long gridId, String gridPath, Long householdId) {

	}

}
