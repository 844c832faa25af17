package org.fangkong.roster;

import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One shift a day at a checkpoint and the seats it needs (issue #11 item 3). */
@Entity
@Table(name = "roster_shift_pattern")
class ShiftPattern {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long checkpointId;

	private LocalTime startTime;

	private int hours;

	private int leaders;

	private int medics;

	private int others;

	private int village;

	protected ShiftPattern() {
	}

	ShiftPattern(long checkpointId, Demand.Shift shift) {
		this.checkpointId = checkpointId;
		this.startTime = shift.start();
		this.hours = shift.hours();
		this.leaders = shift.leaders();
		this.medics = shift.medics();
		this.others = shift.others();
		this.village = shift.village();
	}

	Demand.Shift toShift() {
		return new Demand.Shift(this.startTime, this.hours, this.leaders, this.medics, this.others, this.village);
	}

}
