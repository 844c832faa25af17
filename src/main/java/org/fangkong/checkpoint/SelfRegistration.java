package org.fangkong.checkpoint;

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
 * A traveller's own registration from the checkpoint's QR code (扫码自助登记). It is not a
 * registration until the crew has taken the temperature and confirmed it.
 */
@Entity
@Table(name = "self_registration")
class SelfRegistration {

	enum Status {

		PENDING, CONFIRMED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long checkpointId;

	private String code;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	@Enumerated(EnumType.STRING)
	private IdType idType;

	private String idNumberEnc;

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

	private Instant submittedAt;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Long registrationId;

	protected SelfRegistration() {
	}

	SelfRegistration(long checkpointId, String code, ValidRegistration valid, String idNumberEnc, String phoneEnc,
			Instant submittedAt) {
		this.checkpointId = checkpointId;
		this.code = code;
		this.direction = valid.direction();
		this.idType = valid.idType();
		this.idNumberEnc = idNumberEnc;
		this.name = valid.name();
		this.phoneEnc = phoneEnc;
		this.originClass = valid.originClass();
		this.originPlace = valid.originPlace();
		this.destinationJurisdictionId = valid.destinationJurisdictionId();
		this.travelMode = valid.travelMode();
		this.plate = valid.plate();
		this.vehicleClass = valid.vehicleClass();
		this.passengers = valid.passengers();
		this.submittedAt = submittedAt;
		this.status = Status.PENDING;
	}

	/**
	 * The crew confirmed it: from now on it is the registration {@code registrationId}.
	 */
	void confirm(long registrationId) {
		if (this.status != Status.PENDING) {
			throw new IllegalStateException("self-registration " + this.id + " is already " + this.status);
		}
		this.status = Status.CONFIRMED;
		this.registrationId = registrationId;
	}

	Long getId() {
		return this.id;
	}

	long getCheckpointId() {
		return this.checkpointId;
	}

	String getCode() {
		return this.code;
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

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	Status getStatus() {
		return this.status;
	}

}
