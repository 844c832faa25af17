package org.fangkong.checkpoint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.IdType;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.Masking;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.PersonalDataProtection;
import org.fangkong.shared.Role;
import org.fangkong.shared.TravelMode;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrations (登记) read back: a checkpoint's day, one registration, the day's counts
 * per hour and the prefill of a repeat traveller. A crew member reads the checkpoints
 * they serve; HQ, township and grid roles the checkpoints inside their jurisdiction.
 * Reads of full identifiers are audited (SECURITY.md AL1), after the read's transaction
 * has ended. Registering is {@link Registrations}.
 */
@Service
public class RegistrationQueries {

	private final RegistrationRepository registrations;

	private final CheckpointRepository checkpoints;

	private final Jurisdictions jurisdictions;

	private final PersonalDataProtection protection;

	private final RegistrationViews views;

	private final CrewDuty duty;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate reads;

	RegistrationQueries(RegistrationRepository registrations, CheckpointRepository checkpoints,
			Jurisdictions jurisdictions, PersonalDataProtection protection, RegistrationViews views, CrewDuty duty,
			AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
		this.registrations = registrations;
		this.checkpoints = checkpoints;
		this.jurisdictions = jurisdictions;
		this.protection = protection;
		this.views = views;
		this.duty = duty;
		this.audit = audit;
		this.clock = clock;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/**
	 * The registrations of one local day at a checkpoint, newest first, masked as the
	 * actor's role requires.
	 * @throws NotFoundException if the checkpoint is unknown or outside the actor's scope
	 * @throws ForbiddenException if it is inside the scope but the actor's role may not
	 * read registrations
	 */
	public List<RegistrationView> ofDay(Actor actor, long checkpointId, LocalDate date) {
		Checkpoint checkpoint = readable(actor, checkpointId);
		List<RegistrationView> day = this.reads.execute((status) -> ofDay(checkpointId, date).stream()
			.map((registration) -> this.views.of(registration, actor))
			.toList());
		if (actor.seesFullIdentifiers()) {
			this.audit.record(AuditAction.SEARCH, "checkpoint", checkpoint.toView().id(), AuditTrail.SUCCESS,
					"registrations of " + date + ", rows=" + day.size());
		}
		return day;
	}

	/**
	 * One registration at a checkpoint, as the actor may see it (the target of a 201's
	 * Location).
	 * @throws NotFoundException if the checkpoint is not readable as in
	 * {@link #ofDay(Actor, long, LocalDate)} or the registration is not one of its own
	 */
	public RegistrationView one(Actor actor, long checkpointId, long registrationId) {
		readable(actor, checkpointId);
		RegistrationView view = this.reads.execute((status) -> this.registrations.findById(registrationId)
			.filter((r) -> r.getCheckpointId() == checkpointId)
			.map((r) -> this.views.of(r, actor))
			.orElseThrow(() -> new NotFoundException("registration", registrationId)));
		if (actor.seesFullIdentifiers()) {
			this.audit.record(AuditAction.READ_FULL_RECORD, "registration", registrationId, AuditTrail.SUCCESS, null);
		}
		return view;
	}

	/**
	 * The counts of one local day at a checkpoint, in total and per hour (0–23, the
	 * clock's zone); readable as in {@link #ofDay(Actor, long, LocalDate)}.
	 */
	public DayStats stats(Actor actor, long checkpointId, LocalDate date) {
		readable(actor, checkpointId);
		ZoneId zone = this.clock.getZone();
		return this.reads.execute((status) -> countByHour(ofDay(checkpointId, date), date, zone));
	}

	private static DayStats countByHour(List<Registration> day, LocalDate date, ZoneId zone) {
		int[][] hours = new int[24][4];
		for (Registration r : day) {
			int[] hour = hours[r.getCrossedAt().atZone(zone).getHour()];
			hour[(r.getDirection() == Direction.IN) ? 0 : 1]++;
			if (r.getOutcome() == Outcome.FEVER_CLINIC) {
				hour[2]++;
			}
			if (r.getOutcome() == Outcome.TURNED_BACK) {
				hour[3]++;
			}
		}
		List<HourStats> byHour = new ArrayList<>();
		int[] total = new int[4];
		for (int h = 0; h < 24; h++) {
			byHour.add(new HourStats(h, hours[h][0], hours[h][1], hours[h][2], hours[h][3]));
			for (int i = 0; i < 4; i++) {
				total[i] += hours[h][i];
			}
		}
		return new DayStats(date, total[0], total[1], total[2], total[3], byHour);
	}

	/**
	 * What the platform knows of a traveller from their last crossing, to prefill the
	 * crew's form: a repeat traveller is registered in a few taps. The phone comes back
	 * masked; sending it back masked keeps it. Only crossings at the checkpoints the crew
	 * member is on duty at count (SECURITY.md AC1, AC5): a crossing elsewhere in the city
	 * is not theirs to see. Every lookup is audited.
	 * @throws NotFoundException if the actor cannot see the checkpoint
	 * @throws ForbiddenException if the actor is not on duty at the checkpoint
	 * @throws InvalidInputException on {@code idNumber} if it is not a valid number of
	 * its type
	 */
	public Optional<Prefill> lastCrossing(Actor actor, long checkpointId, IdType idType, String idNumber) {
		Checkpoint checkpoint = this.checkpoints.findById(checkpointId)
			.orElseThrow(() -> new NotFoundException("checkpoint", checkpointId));
		java.util.Set<Long> served = this.duty.servedBy(actor);
		if (!served.contains(checkpointId)) {
			if (!this.jurisdictions.covers(actor, checkpoint.toView().jurisdictionId())) {
				throw new NotFoundException("checkpoint", checkpointId);
			}
			throw new ForbiddenException("prefill is for the crew on duty at checkpoint " + checkpointId);
		}
		String normalised = IdType.normalise(idNumber);
		if (idType == null || !idType.accepts(normalised, LocalDate.now(this.clock))) {
			throw InvalidInputException.of("idNumber",
					(idType == IdType.RESIDENT_ID) ? "validation.idNumber.resident" : "validation.idNumber");
		}
		Optional<Prefill> found = this.reads.execute((status) -> this.registrations
			.findByIdNumberHashAndCheckpointIdInOrderByCrossedAtDesc(this.protection.lookupHash(normalised), served,
					Limit.of(1))
			.stream()
			.findFirst()
			.map((r) -> new Prefill(r.getIdType(), normalised, r.getName(),
					Masking.phone(this.protection.decrypt(r.getPhoneEnc())), r.getOriginClass(), r.getOriginPlace(),
					r.getDestinationJurisdictionId(), r.getTravelMode(), r.getPlate(), r.getVehicleClass(),
					r.getCrossedAt())));
		this.audit.record(AuditAction.SEARCH, "registration", null, AuditTrail.SUCCESS,
				"prefill lookup, found=" + found.isPresent());
		return found;
	}

	private List<Registration> ofDay(long checkpointId, LocalDate date) {
		ZoneId zone = this.clock.getZone();
		return this.registrations
			.findByCheckpointIdAndCrossedAtGreaterThanEqualAndCrossedAtLessThanOrderByCrossedAtDesc(checkpointId,
					date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
	}

	/**
	 * Whether the actor may read the registrations of a day at the checkpoint (its list,
	 * its figures): a crew member at the checkpoints they serve; HQ, township and grid
	 * roles at the checkpoints inside their jurisdiction. Pages ask this before they show
	 * a link to the day, so that no link leads to a 403.
	 */
	public boolean mayReadDay(Actor actor, long checkpointId) {
		return this.checkpoints.findById(checkpointId)
			.map((checkpoint) -> this.duty.serves(actor, checkpointId) || supervises(actor, checkpoint.toView()))
			.orElse(false);
	}

	/**
	 * The ids of those of {@code checkpoints} whose day the actor may read, as in
	 * {@link #mayReadDay(Actor, long)}, asked once for a whole list.
	 */
	public java.util.Set<Long> dayReadable(Actor actor, List<CheckpointView> checkpoints) {
		java.util.Set<Long> served = this.duty.servedBy(actor);
		java.util.Set<Long> scope = supervisor(actor) ? new java.util.HashSet<>(this.jurisdictions.scopeIds(actor))
				: java.util.Set.of();
		return checkpoints.stream()
			.filter((c) -> served.contains(c.id()) || scope.contains(c.jurisdictionId()))
			.map(CheckpointView::id)
			.collect(java.util.stream.Collectors.toSet());
	}

	private static boolean supervisor(Actor actor) {
		return actor.hasAny(Role.COMMANDER, Role.HQ_STAFF, Role.TOWNSHIP_OFFICER, Role.GRID_WORKER);
	}

	private boolean supervises(Actor actor, CheckpointView checkpoint) {
		return supervisor(actor) && this.jurisdictions.covers(actor, checkpoint.jurisdictionId());
	}

	/**
	 * A checkpoint whose registrations the actor may read ({@link #mayReadDay}), else 403
	 * inside the actor's scope and 404 outside it.
	 */
	private Checkpoint readable(Actor actor, long checkpointId) {
		Checkpoint checkpoint = this.checkpoints.findById(checkpointId)
			.orElseThrow(() -> new NotFoundException("checkpoint", checkpointId));
		if (!this.duty.serves(actor, checkpointId) && !supervises(actor, checkpoint.toView())) {
			if (this.jurisdictions.covers(actor, checkpoint.toView().jurisdictionId())) {
				throw new ForbiddenException(actor.username() + " may not read registrations");
			}
			throw new NotFoundException("checkpoint", checkpointId);
		}
		return checkpoint;
	}

	/** The counts of a day at a checkpoint. */
	public record DayStats(LocalDate date, int in, int out, int fevers, int turnedBack, List<HourStats> byHour) {

	}

	/** The counts of one hour (0–23, local time). */
	public record HourStats(int hour, int in, int out, int fevers, int turnedBack) {

	}

	/**
	 * What the last crossing tells about a traveller, to prefill the form; the phone is
	 * masked.
	 */
	public record Prefill(IdType idType, String idNumber, String name, String phone, OriginClass originClass,
			String originPlace, Long destinationJurisdictionId, TravelMode travelMode, String plate,
			VehicleClass vehicleClass, Instant lastCrossedAt) {

	}

}
