package org.fangkong.checkpoint;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.fangkong.shared.TravelMode;
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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrations of crossings (R-CP-3 … R-CP-5): every person in or out, with a
 * temperature. Registering takes the crew member's binding to the checkpoint; reading
 * takes the checkpoint's jurisdiction. Each registration carries an idempotency key, so
 * that a resent request never makes a second row (RE1).
 */
@Service
public class Registrations {

	private final RegistrationRepository registrations;

	private final CheckpointRepository checkpoints;

	private final Jurisdictions jurisdictions;

	private final PersonalDataProtection protection;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	private final RegistrationRules rules;

	private final Duration lateAfter;

	private final CrewDuty duty;

	Registrations(RegistrationRepository registrations, CheckpointRepository checkpoints, Jurisdictions jurisdictions,
			PersonalDataProtection protection, ApplicationEventPublisher events, AuditTrail audit, Clock clock,
			PlatformTransactionManager transactions, CrewDuty duty,
			@Value("${fangkong.checkpoint.fever-threshold:37.3}") BigDecimal feverThreshold,
			@Value("${fangkong.checkpoint.late-after:15m}") Duration lateAfter,
			@Value("${fangkong.checkpoint.max-lateness:30d}") Duration maxLateness) {
		this.registrations = registrations;
		this.checkpoints = checkpoints;
		this.jurisdictions = jurisdictions;
		this.protection = protection;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.writes = new TransactionTemplate(transactions);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.rules = new RegistrationRules(feverThreshold, maxLateness);
		this.lateAfter = lateAfter;
		this.duty = duty;
	}

	/**
	 * The temperature from which a reading counts as fever (R-CP-5), 37.3 °C unless
	 * configured otherwise.
	 */
	public BigDecimal feverThreshold() {
		return this.rules.feverThreshold();
	}

	/**
	 * Registers one crossing at a checkpoint the actor serves. The same key with the same
	 * request answers the first registration again ({@link Registered#replay()}); the
	 * same key with another request is refused with {@link IdempotencyConflictException}.
	 * @throws ForbiddenException if the actor is not bound to the checkpoint
	 * @throws InvalidInputException naming every field that breaks a rule; nothing is
	 * stored
	 */
	public Registered register(Actor actor, long checkpointId, String idempotencyKey, RegistrationRequest request,
			RegistrationSource source) {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
			throw InvalidInputException.of("Idempotency-Key", "validation.idempotencyKey");
		}
		Checkpoint checkpoint = this.checkpoints.findById(checkpointId)
			.orElseThrow(() -> new NotFoundException("checkpoint", checkpointId));
		if (!this.duty.serves(actor, checkpointId)) {
			throw new ForbiddenException(actor.username() + " does not serve checkpoint " + checkpointId);
		}
		String requestHash = sha256(checkpointId + "|" + request);
		Optional<Registered> earlier = replay(idempotencyKey, requestHash, actor);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Instant now = Instant.now(this.clock);
		ValidRegistration valid = this.rules.check(request, now, (id) -> this.jurisdictions.find(id).isPresent());
		try {
			return this.writes.execute((status) -> {
				String phone = valid.phoneFromLastCrossing() ? lastPhone(valid.idNumber()) : valid.phone();
				Registration saved = this.registrations
					.saveAndFlush(new Registration(checkpointId, checkpoint.toView().jurisdictionId(), valid,
							new Registration.Encrypted(this.protection.encrypt(valid.idNumber()),
									this.protection.lookupHash(valid.idNumber()), this.protection.encrypt(phone)),
							source, now, valid.crossedAt().isBefore(now.minus(this.lateAfter)), actor.username(),
							idempotencyKey, requestHash));
				publishEvents(saved);
				return new Registered(toView(saved, actor), false);
			});
		}
		catch (DataIntegrityViolationException ex) {
			// A concurrent resend with the same key won the race: answer with its row.
			return replay(idempotencyKey, requestHash, actor).orElseThrow(() -> ex);
		}
	}

	/**
	 * The registrations of one local day at a checkpoint, newest first, masked as the
	 * actor's role requires.
	 */
	public List<RegistrationView> ofDay(Actor actor, long checkpointId, LocalDate date) {
		Checkpoint checkpoint = readable(actor, checkpointId);
		ZoneId zone = this.clock.getZone();
		List<RegistrationView> day = this.reads.execute((status) -> this.registrations
			.findByCheckpointIdAndCrossedAtGreaterThanEqualAndCrossedAtLessThanOrderByCrossedAtDesc(checkpointId,
					date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant())
			.stream()
			.map((registration) -> toView(registration, actor))
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
	 */
	public RegistrationView one(Actor actor, long checkpointId, long registrationId) {
		readable(actor, checkpointId);
		RegistrationView view = this.reads.execute((status) -> this.registrations.findById(registrationId)
			.filter((r) -> r.getCheckpointId() == checkpointId)
			.map((r) -> toView(r, actor))
			.orElseThrow(() -> new NotFoundException("registration", registrationId)));
		if (actor.seesFullIdentifiers()) {
			this.audit.record(AuditAction.READ_FULL_RECORD, "registration", registrationId, AuditTrail.SUCCESS, null);
		}
		return view;
	}

	/** The counts of one local day at a checkpoint, in total and per hour. */
	public DayStats stats(Actor actor, long checkpointId, LocalDate date) {
		readable(actor, checkpointId);
		ZoneId zone = this.clock.getZone();
		return this.reads.execute((status) -> {
			int[][] hours = new int[24][4];
			for (Registration r : this.registrations
				.findByCheckpointIdAndCrossedAtGreaterThanEqualAndCrossedAtLessThanOrderByCrossedAtDesc(checkpointId,
						date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant())) {
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
		});
	}

	/**
	 * What the platform knows of a traveller from their last crossing, to prefill the
	 * crew's form: a repeat traveller is registered in a few taps. The phone comes back
	 * masked; sending it back masked keeps it.
	 */
	public Optional<Prefill> lastCrossing(Actor actor, IdType idType, String idNumber) {
		if (this.duty.servedBy(actor).isEmpty()) {
			throw new ForbiddenException("prefill is for checkpoint crews");
		}
		String normalised = IdType.normalise(idNumber);
		if (idType == null || !idType.accepts(normalised, LocalDate.now(this.clock))) {
			throw InvalidInputException.of("idNumber",
					(idType == IdType.RESIDENT_ID) ? "validation.idNumber.resident" : "validation.idNumber");
		}
		Optional<Prefill> found = this.reads.execute((status) -> this.registrations
			.findByIdNumberHashOrderByCrossedAtDesc(this.protection.lookupHash(normalised), Limit.of(1))
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

	private void publishEvents(Registration saved) {
		if (saved.getOutcome() == Outcome.FEVER_CLINIC) {
			this.events.publishEvent(new FeverDetected(saved.getId(), saved.getCheckpointId(),
					saved.getJurisdictionId(), saved.getTemperature(), saved.getCrossedAt()));
		}
		// R-SCR-1: an arrival from outside, bound for the city, is picked up by screening
		// in its grid.
		if (saved.getDirection() == Direction.IN && saved.getOriginClass() != OriginClass.LOCAL
				&& saved.getDestinationJurisdictionId() != null && saved.getOutcome() != Outcome.TURNED_BACK) {
			this.events.publishEvent(new TravellerArrived(saved.getId(), saved.getCheckpointId(),
					saved.getDestinationJurisdictionId(), saved.getOriginClass(), saved.getCrossedAt()));
		}
	}

	private Optional<Registered> replay(String idempotencyKey, String requestHash, Actor actor) {
		return this.reads.execute((status) -> this.registrations.findByIdempotencyKey(idempotencyKey).map((found) -> {
			if (!found.getRequestHash().equals(requestHash)) {
				throw new IdempotencyConflictException(idempotencyKey);
			}
			return new Registered(toView(found, actor), true);
		}));
	}

	private String lastPhone(String idNumber) {
		return this.registrations
			.findByIdNumberHashOrderByCrossedAtDesc(this.protection.lookupHash(idNumber), Limit.of(1))
			.stream()
			.findFirst()
			.map((r) -> this.protection.decrypt(r.getPhoneEnc()))
			.orElse(null);
	}

	/**
	 * A checkpoint whose registrations the actor may read: a crew member the checkpoints
	 * they serve; HQ, township and grid roles the checkpoints inside their jurisdiction.
	 */
	private Checkpoint readable(Actor actor, long checkpointId) {
		Checkpoint checkpoint = this.checkpoints.findById(checkpointId)
			.orElseThrow(() -> new NotFoundException("checkpoint", checkpointId));
		boolean crew = this.duty.serves(actor, checkpointId);
		boolean supervisor = actor.hasAny(Role.COMMANDER, Role.HQ_STAFF, Role.TOWNSHIP_OFFICER, Role.GRID_WORKER)
				&& this.jurisdictions.covers(actor, checkpoint.toView().jurisdictionId());
		if (!crew && !supervisor) {
			if (this.jurisdictions.covers(actor, checkpoint.toView().jurisdictionId()) || crew) {
				throw new ForbiddenException(actor.username() + " may not read registrations");
			}
			throw new NotFoundException("checkpoint", checkpointId);
		}
		return checkpoint;
	}

	private RegistrationView toView(Registration r, Actor actor) {
		String idNumber = this.protection.decrypt(r.getIdNumberEnc());
		String phone = this.protection.decrypt(r.getPhoneEnc());
		boolean full = actor.seesFullIdentifiers();
		return new RegistrationView(r.getId(), r.getCheckpointId(), r.getDirection(), r.getIdType(),
				full ? idNumber : Masking.idNumber(idNumber), r.getName(), full ? phone : Masking.phone(phone),
				r.getOriginClass(), r.getOriginPlace(), r.getDestinationJurisdictionId(), r.getTravelMode(),
				r.getPlate(), r.getVehicleClass(), r.getPassengers(), r.getVehicleGroup(), r.getTemperature(),
				r.getHealthCode(), r.getOutcome(), r.getSource(), r.getCrossedAt(), r.getRecordedAt(), r.isLateEntry(),
				r.getRecordedBy());
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A registration and whether it was made by an earlier request with the same key. */
	public record Registered(RegistrationView registration, boolean replay) {

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
