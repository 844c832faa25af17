package org.fangkong.screening;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fangkong.shared.OriginClass;

/** An arrival from outside, handed to the destination grid for screening (排查线索). */
@Entity
@Table(name = "arrival_lead")
class ArrivalLead {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long registrationId;

	private long checkpointId;

	private long gridId;

	@Enumerated(EnumType.STRING)
	private OriginClass originClass;

	private Instant arrivedAt;

	private Instant receivedAt;

	private String status;

	protected ArrivalLead() {
	}

	ArrivalLead(long registrationId, long checkpointId, long gridId, OriginClass originClass, Instant arrivedAt,
			Instant receivedAt) {
		this.registrationId = registrationId;
		this.checkpointId = checkpointId;
		this.gridId = gridId;
		this.originClass = originClass;
		this.arrivedAt = arrivedAt;
		this.receivedAt = receivedAt;
		this.status = "NEW";
	}

	Arrivals.ArrivalView toView() {
		return new Arrivals.ArrivalView(this.id, this.registrationId, this.checkpointId, this.gridId, this.originClass,
				this.arrivedAt, this.status);
	}

	long getGridId() {
		return this.gridId;
	}

}
