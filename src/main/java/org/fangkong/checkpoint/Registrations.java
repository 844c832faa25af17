package org.fangkong.checkpoint;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.PersonalDataProtection;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registering crossings (登记, R-CP-3 … R-CP-5): every person in or out, with a
 * temperature. Registering takes the crew member's duty at the checkpoint. Each
 * registration carries an idempotency key, so that a resent request never makes a second
 * row (RE1); a stored registration publishes {@link FeverDetected} and
 * {@link TravellerArrived} as the rules require. Reading them back is
 * {@link RegistrationQueries}.
 */
@Service
public class Registrations {

	private final RegistrationRepository registrations;

	private final CheckpointRepository checkpoints;

	private final Jurisdictions jurisdictions;

	private final PersonalDataProtection protection;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	private final RegistrationRules rules;

	private final Duration lateAfter;

	private final CrewDuty duty;

	private final RegistrationViews views;

	Registrations(RegistrationRepository registrations, CheckpointRepository checkpoints, Jurisdictions jurisdictions,
			PersonalDataProtection protection, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions, CrewDuty duty, RegistrationViews views,
			@Value("${fangkong.checkpoint.fever-threshold:37.3}") BigDecimal feverThreshold,
			@Value("${fangkong.checkpoint.late-after:15m}") Duration lateAfter,
			@Value("${fangkong.checkpoint.max-lateness:30d}") Duration maxLateness) {
		this.registrations = registrations;
		this.checkpoints = checkpoints;
		this.jurisdictions = jurisdictions;
		this.protection = protection;
		this.events = events;
		this.clock = clock;
		this.writes = new TransactionTemplate(transactions);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.rules = new RegistrationRules(feverThreshold, maxLateness);
		this.lateAfter = lateAfter;
		this.duty = duty;
		this.views = views;
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
		String requestHash = sha256(checkpointId + "|" + request);
		String key = storedKey(idempotencyKey, actor.userId(), checkpointId, source);
		Instant now = Instant.now(this.clock);
		// Issue #19: one transaction on one connection. The key's uniqueness decides a
		// resend: the insert fails on it, and the earlier registration answers (below);
		// no read before the write.
		try {
			return this.writes.execute((status) -> {
				Checkpoint checkpoint = this.checkpoints.findById(checkpointId)
					.orElseThrow(() -> new NotFoundException("checkpoint", checkpointId));
				if (!this.duty.serves(actor, checkpointId)) {
					throw new ForbiddenException(actor.username() + " does not serve checkpoint " + checkpointId);
				}
				if (!status.isNewTransaction()) {
					// Inside a caller's transaction (a confirmed
					// self-registration) a failed insert would doom that
					// transaction too: look the key up first.
					Optional<Registered> earlier = earlier(key, requestHash, actor);
					if (earlier.isPresent()) {
						return earlier.get();
					}
				}
				ValidRegistration valid;
				try {
					valid = this.rules.check(request, now, (id) -> this.jurisdictions.find(id).isPresent());
				}
				catch (InvalidInputException invalid) {
					// A key already used answers as it did before any rule
					// was checked: the same body, the first registration;
					// another, a conflict.
					Optional<Registered> earlier = earlier(key, requestHash, actor);
					if (earlier.isPresent()) {
						return earlier.get();
					}
					throw invalid;
				}
				String phone = valid.phoneFromLastCrossing() ? lastPhone(valid.idNumber(), actor) : valid.phone();
				Registration saved = this.registrations
					.saveAndFlush(new Registration(checkpointId, checkpoint.toView().jurisdictionId(), valid,
							new Registration.Encrypted(this.protection.encrypt(valid.idNumber()),
									this.protection.lookupHash(valid.idNumber()), this.protection.encrypt(phone)),
							source, now, valid.crossedAt().isBefore(now.minus(this.lateAfter)), actor.username(), key,
							requestHash));
				publishEvents(saved);
				return new Registered(this.views.of(saved, actor), false);
			});
		}
		catch (DataIntegrityViolationException ex) {
			// The key was used before (a resend, or a concurrent one that won the race):
			// answer with its row.
			return replay(key, requestHash, actor).orElseThrow(() -> ex);
		}
	}

	/**
	 * The key as stored (issue #9 item 8): a client's key counts only among that user's
	 * registrations at that checkpoint, so nobody can block another's registration or a
	 * QR confirmation with a guessed key. The confirmation of a self-registration has a
	 * namespace of its own that no client key reaches.
	 */
	static String storedKey(String idempotencyKey, long userId, long checkpointId, RegistrationSource source) {
		String owner = (source == RegistrationSource.SELF) ? "self" : "user:" + userId;
		return sha256(owner + "|" + checkpointId + "|" + idempotencyKey);
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
		return this.reads.execute((status) -> earlier(idempotencyKey, requestHash, actor));
	}

	/** The registration made earlier with this key, in the current transaction. */
	private Optional<Registered> earlier(String idempotencyKey, String requestHash, Actor actor) {
		return this.registrations.findByIdempotencyKey(idempotencyKey).map((found) -> {
			if (!found.getRequestHash().equals(requestHash)) {
				throw new IdempotencyConflictException(idempotencyKey);
			}
			return new Registered(this.views.of(found, actor), true);
		});
	}

	/**
	 * The phone of the last crossing the crew member could prefill from (their
	 * checkpoints).
	 */
	private String lastPhone(String idNumber, Actor actor) {
		return this.registrations
			.findByIdNumberHashAndCheckpointIdInOrderByCrossedAtDesc(this.protection.lookupHash(idNumber),
					this.duty.servedBy(actor), Limit.of(1))
			.stream()
			.findFirst()
			.map((r) -> this.protection.decrypt(r.getPhoneEnc()))
			.orElse(null);
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

}
