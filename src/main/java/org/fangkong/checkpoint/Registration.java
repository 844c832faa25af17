package org.fangkong.checkpoint;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fangkong.shared.TravelMode;
import org.fangkong.shared.IdType;
import org.fangkong.shared.OriginClass;

/**
 * One crossing of a checkpoint by one person (登记), with the temperature taken there
 * (R-CP-3). Never changed once written: a correction is a new registration.
 */
@Entity
@Table(name = "registration")
class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long checkpointId;

	private long jurisdictionId;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	@Enumerated(EnumType.STRING)
	private IdType idType;

	private String idNumberEnc;

	private String idNumberHash;

	private String name;

	private String phoneEnc;

	@Enumerated(EnumType.STRING)
	private OriginClass originClass;

	private String originPlace;

	private Long destinationJurisdictionId;

	@Enumerated(EnumType.STRING)
	private TravelMode travelMode;

	private String plate;

	@Enumerated(EnumType.STRING)
	private VehicleClass vehicleClass;

	private Integer passengers;

	private String vehicleGroup;

	private BigDecimal temperature;

	@Enumerated(EnumType.STRING)
	private HealthCode healthCode;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	@Enumerated(EnumType.STRING)
	private RegistrationSource source;

	private Instant crossedAt;

	private Instant recordedAt;

	private boolean lateEntry;

	private String recordedBy;

	private String idempotencyKey;

	private String requestHash;

	protected Registration() {
	}

	Registration(long checkpointId, long jurisdictionId, ValidRegistration valid, Encrypted encrypted,
			RegistrationSource source, Instant recordedAt, boolean lateEntry, String recordedBy, String idempotencyKey,
			String requestHash) {
		this.checkpointId = checkpointId;
		this.jurisdictionId = jurisdictionId;
		this.direction = valid.direction();
		this.idType = valid.idType();
		this.idNumberEnc = encrypted.idNumber();
		this.idNumberHash = encrypted.idNumberHash();
		this.name = valid.name();
		this.phoneEnc = encrypted.phone();
		this.originClass = valid.originClass();
		this.originPlace = valid.originPlace();
		this.destinationJurisdictionId = valid.destinationJurisdictionId();
		this.travelMode = valid.travelMode();
		this.plate = valid.plate();
		this.vehicleClass = valid.vehicleClass();
		this.passengers = valid.passengers();
		this.vehicleGroup = valid.vehicleGroup();
		this.temperature = valid.temperature();
		this.healthCode = valid.healthCode();
		this.outcome = valid.outcome();
		this.source = source;
		this.crossedAt = valid.crossedAt();
		this.recordedAt = recordedAt;
		this.lateEntry = lateEntry;
		this.recordedBy = recordedBy;
		this.idempotencyKey = idempotencyKey;
		this.requestHash = requestHash;
	}

	/** The encrypted identifiers and the lookup hash, as the store keeps them. */
	record Encrypted(String idNumber, String idNumberHash, String phone) {

	}

	Long getId() {
		return this.id;
	}

	long getCheckpointId() {
		return this.checkpointId;
	}

	long getJurisdictionId() {
		return this.jurisdictionId;
	}

	Direction getDirection() {
		return this.direction;
	}

	IdType getIdType() {
		return this.idType;
	}

	String getIdNumberEnc() {
		return this.idNumberEnc;
	}

	String getName() {
		return this.name;
	}

	String getPhoneEnc() {
		return this.phoneEnc;
	}

	OriginClass getOriginClass() {
		return this.originClass;
	}

	String getOriginPlace() {
		return this.originPlace;
	}

	Long getDestinationJurisdictionId() {
		return this.destinationJurisdictionId;
	}

	TravelMode getTravelMode() {
		return this.travelMode;
	}

	String getPlate() {
		return this.plate;
	}

	VehicleClass getVehicleClass() {
		return this.vehicleClass;
	}

	Integer getPassengers() {
		return this.passengers;
	}

	String getVehicleGroup() {
		return this.vehicleGroup;
	}

	BigDecimal getTemperature() {
		return this.temperature;
	}

	HealthCode getHealthCode() {
		return this.healthCode;
	}

	Outcome getOutcome() {
		return this.outcome;
	}

	RegistrationSource getSource() {
		return this.source;
	}

	Instant getCrossedAt() {
		return this.crossedAt;
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

	boolean isLateEntry() {
		return this.lateEntry;
	}

	String getRecordedBy() {
		return this.recordedBy;
	}

	String getRequestHash() {
		return this.requestHash;
	}

}
