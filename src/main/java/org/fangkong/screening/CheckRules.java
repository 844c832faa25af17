package org.fangkong.screening;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.fangkong.screening.Screenings.CheckInput;
import org.fangkong.screening.Screenings.SlotState;
import org.fangkong.shared.ContactRules;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;

/**
 * The rules of the daily check (R-SCR-2): what a check must carry, and the state of each
 * check slot of the day. Pure: the time and the zone come in as arguments.
 */
final class CheckRules {

	static final int MAX_SYMPTOMS = 200;

	/** A check may be stamped this far ahead of the clock (a phone a little fast). */
	static final long MAX_AHEAD_SECONDS = 300;

	private final ScreeningSettings settings;

	private final ZoneId zone;

	CheckRules(ScreeningSettings settings, ZoneId zone) {
		this.settings = settings;
		this.zone = zone;
	}

	/**
	 * Checks a daily check made at {@code at} on a screening in {@code status} under a
	 * measure since {@code measureStart} (the day in {@code zone}), every broken rule at
	 * once. Returns the reading to one decimal, or null when contact is lost without one.
	 */
	static BigDecimal reading(ScreeningStatus status, LocalDate measureStart, CheckInput input, Instant at, Instant now,
			ZoneId zone) {
		List<Violation> violations = new ArrayList<>();
		if (status != ScreeningStatus.UNDER_MEASURE) {
			violations.add(new Violation("status", "validation.notUnderMeasure"));
		}
		BigDecimal temperature = input.temperature();
		if (temperature != null) {
			temperature = temperature.stripTrailingZeros();
			if (temperature.scale() < 0) {
				temperature = temperature.setScale(0);
			}
			if (!ContactRules.isTemperature(temperature)) {
				violations.add(new Violation("temperature", "validation.temperature", ContactRules.MIN_TEMPERATURE,
						ContactRules.MAX_TEMPERATURE));
			}
		}
		else if (!Boolean.TRUE.equals(input.lostContact())) {
			violations.add(new Violation("temperature", "validation.required"));
		}
		if (input.symptoms() != null && input.symptoms().length() > MAX_SYMPTOMS) {
			violations.add(new Violation("symptoms", "validation.maxLength", MAX_SYMPTOMS));
		}
		// Issue #9 item 7: a check is not stamped ahead of the clock (beyond a phone a
		// little fast) nor before the measure began.
		if (at.isAfter(now.plusSeconds(MAX_AHEAD_SECONDS))) {
			violations.add(new Violation("checkedAt", "validation.checkedAt.future", MAX_AHEAD_SECONDS / 60));
		}
		else if (measureStart != null && LocalDate.ofInstant(at, zone).isBefore(measureStart)) {
			violations.add(new Violation("checkedAt", "validation.checkedAt.beforeMeasure", measureStart));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return (temperature != null) ? temperature.setScale(1) : null;
	}

	/**
	 * The state of each check slot on {@code today} at {@code now}, for a screening under
	 * a measure since {@code measureStart}, created at {@code createdAt}. {@code done[i]}
	 * says whether slot i has its check.
	 */
	List<SlotState> slots(LocalDate measureStart, Instant createdAt, LocalDate today, LocalTime now,
			List<Boolean> done) {
		List<SlotState> slots = new ArrayList<>();
		for (int i = 0; i < this.settings.checkTimes().size(); i++) {
			slots.add(slotState(measureStart, createdAt, today, now, this.settings.checkTimes().get(i), done.get(i)));
		}
		return slots;
	}

	/**
	 * A slot that passed before the person came under the measure was never due; one past
	 * its time and grace without a check is overdue.
	 */
	private SlotState slotState(LocalDate measureStart, Instant createdAt, LocalDate today, LocalTime now,
			LocalTime time, boolean done) {
		if (done) {
			return SlotState.DONE;
		}
		boolean beforeMeasure = today.equals(measureStart) && createdAt != null
				&& time.isBefore(LocalTime.ofInstant(createdAt, this.zone));
		if (beforeMeasure) {
			return SlotState.NOT_DUE;
		}
		if (now.isAfter(time.plus(this.settings.checkGrace()))) {
			return SlotState.OVERDUE;
		}
		return now.isBefore(time) ? SlotState.LATER : SlotState.DUE;
	}

}
