package org.fangkong.checkpoint;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fangkong.shared.TravelMode;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ClientRateLimit;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.IdType;
import org.fangkong.shared.Masking;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.PersonalDataProtection;
import org.fangkong.shared.Role;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registration by QR code (PR3): the QR code of a checkpoint carries a signed token;
 * a traveller fills in only what prevention needs, without logging in; the crew takes the
 * temperature and confirms, and only then is it a registration. Submissions are
 * rate-limited per client address.
 */
@Service
public class SelfRegistrations {

	static final Duration PENDING_FOR = Duration.ofHours(6);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SelfRegistrationRepository selfRegistrations;

	private final CheckpointRepository checkpoints;

	private final Registrations registrations;

	private final Jurisdictions jurisdictions;

	private final PersonalDataProtection protection;

	private final Clock clock;

	private final RegistrationRules rules;

	/** Issue #18: counted in the database, the same limit on every node. */
	private final ClientRateLimit submissionsByAddress;

	private final CrewDuty duty;

	SelfRegistrations(SelfRegistrationRepository selfRegistrations, CheckpointRepository checkpoints,
			Registrations registrations, Jurisdictions jurisdictions, PersonalDataProtection protection, Clock clock,
			CrewDuty duty, NamedParameterJdbcTemplate jdbc,
			@org.springframework.beans.factory.annotation.Value("${fangkong.checkpoint.self-registrations-per-address:10}") int maxPerWindow) {
		this.selfRegistrations = selfRegistrations;
		this.checkpoints = checkpoints;
		this.registrations = registrations;
		this.jurisdictions = jurisdictions;
		this.protection = protection;
		this.clock = clock;
		this.rules = new RegistrationRules(registrations.feverThreshold(), Duration.ofDays(1));
		this.submissionsByAddress = new ClientRateLimit(jdbc, "self-registration", maxPerWindow, Duration.ofMinutes(10),
				clock);
		this.duty = duty;
	}

	/**
	 * The token in a checkpoint's QR code: its id and a keyed signature, so that it
	 * cannot be made up.
	 */
	public String tokenOf(long checkpointId) {
		return checkpointId + "-" + signature(checkpointId);
	}

	/** The checkpoint a token stands for, if the token is genuine. */
	@Transactional(readOnly = true)
	public Optional<CheckpointView> checkpointOf(String token) {
		if (token == null || !token.matches("\\d{1,18}-[0-9a-f]{20}")) {
			return Optional.empty();
		}
		long id = Long.parseLong(token.substring(0, token.indexOf('-')));
		String given = token.substring(token.indexOf('-') + 1);
		if (!MessageDigest.isEqual(given.getBytes(), signature(id).getBytes())) {
			return Optional.empty();
		}
		return this.checkpoints.findById(id).map(Checkpoint::toView);
	}

	/**
	 * A traveller submits their own registration. Returns the short code they show the
	 * crew.
	 * @throws org.fangkong.shared.InvalidInputException naming the fields that break a
	 * rule
	 * @throws RateLimitedException when the address submitted too often
	 */
	@Transactional
	public String submit(String token, RegistrationRequest request, String clientAddress) {
		CheckpointView checkpoint = checkpointOf(token).orElseThrow(() -> new NotFoundException("checkpoint", token));
		throttle(clientAddress);
		Instant now = Instant.now(this.clock);
		// The temperature and the health code are the crew's to take: stand-ins pass the
		// rules here.
		RegistrationRequest travellerPart = new RegistrationRequest(request.direction(), request.idType(),
				request.idNumber(), request.name(), request.phone(), request.originClass(), request.originPlace(),
				request.destinationJurisdictionId(), request.travelMode(), request.plate(), request.vehicleClass(),
				request.passengers(), new BigDecimal("36.5"), HealthCode.NONE.name(), null, null, null);
		ValidRegistration valid = this.rules.check(travellerPart, now, (id) -> this.jurisdictions.find(id).isPresent());
		String code = String.format("%06d", RANDOM.nextInt(1_000_000));
		this.selfRegistrations.save(new SelfRegistration(checkpoint.id(), code, valid,
				this.protection.encrypt(valid.idNumber()), this.protection.encrypt(valid.phone()), now));
		return code;
	}

	/**
	 * The self-registrations waiting at a checkpoint the actor serves, newest first,
	 * identifiers masked.
	 */
	@Transactional(readOnly = true)
	public List<Pending> pending(Actor actor, long checkpointId) {
		requireCrew(actor, checkpointId);
		Instant since = Instant.now(this.clock).minus(PENDING_FOR);
		return this.selfRegistrations
			.findByCheckpointIdAndStatusAndSubmittedAtAfterOrderBySubmittedAtDesc(checkpointId,
					SelfRegistration.Status.PENDING, since)
			.stream()
			.map((s) -> new Pending(s.getId(), s.getCode(), s.getName(), s.getIdType(),
					Masking.idNumber(this.protection.decrypt(s.getIdNumberEnc())),
					Masking.phone(this.protection.decrypt(s.getPhoneEnc())), s.getDirection(), s.getOriginClass(),
					s.getOriginPlace(), s.getTravelMode(), s.getPlate(), s.getSubmittedAt()))
			.toList();
	}

	/**
	 * The crew took the temperature and confirms a self-registration: it becomes a
	 * registration, with the same rules as one the crew typed (a fever still forces
	 * FEVER_CLINIC).
	 */
	@Transactional
	public Registrations.Registered confirm(Actor actor, long checkpointId, long selfRegistrationId,
			BigDecimal temperature, String healthCode, String outcome) {
		requireCrew(actor, checkpointId);
		SelfRegistration self = this.selfRegistrations.findById(selfRegistrationId)
			.filter((s) -> s.getCheckpointId() == checkpointId)
			.orElseThrow(() -> new NotFoundException("self-registration", selfRegistrationId));
		if (self.getStatus() != SelfRegistration.Status.PENDING) {
			throw new NotFoundException("pending self-registration", selfRegistrationId);
		}
		RegistrationRequest request = new RegistrationRequest(self.getDirection().name(), self.getIdType().name(),
				this.protection.decrypt(self.getIdNumberEnc()), self.getName(),
				this.protection.decrypt(self.getPhoneEnc()), self.getOriginClass().name(), self.getOriginPlace(),
				self.getDestinationJurisdictionId(), self.getTravelMode().name(), self.getPlate(),
				(self.getVehicleClass() != null) ? self.getVehicleClass().name() : null, self.getPassengers(),
				temperature, healthCode, outcome, null, null);
		Registrations.Registered registered = this.registrations.register(actor, checkpointId, "self-" + self.getId(),
				request, RegistrationSource.SELF);
		self.confirm(registered.registration().id());
		return registered;
	}

	private void requireCrew(Actor actor, long checkpointId) {
		if (!this.duty.serves(actor, checkpointId)) {
			throw new ForbiddenException(actor.username() + " does not serve checkpoint " + checkpointId);
		}
	}

	private void throttle(String address) {
		if (!this.submissionsByAddress.admit(String.valueOf(address))) {
			throw new RateLimitedException();
		}
	}

	private String signature(long checkpointId) {
		return this.protection.lookupHash("checkpoint-token:" + checkpointId).substring(0, 20);
	}

	/** A self-registration waiting for the crew, with identifiers masked. */
	public record Pending(long id, String code, String name, IdType idType, String idNumber, String phone,
			Direction direction, OriginClass originClass, String originPlace, TravelMode travelMode, String plate,
			Instant submittedAt) {

	}

	/** Too many submissions from one address: answered with 429. */
	public static class RateLimitedException extends RuntimeException {

		public RateLimitedException() {
			super("too many self-registrations from one address");
		}

	}

}
