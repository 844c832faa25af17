package org.fangkong.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The reporting window of each date (issue #10 item 3), a pure rule. The city sets when a
 * window starts ({@code fangkong.reporting.window-start}, local time, midnight by
 * default); a window lasts 24 hours. A date's window is the one that covers the most of
 * that date: with a start before noon it starts on the date (00:00 → the date from 00:00
 * to 24:00), from noon on it starts the day before (16:00 → the day before 16:00 to the
 * date's 16:00, the 2020 custom). The report is due {@code deadline} after its window
 * ends ({@code fangkong.reporting.deadline}).
 */
public record DailyReportWindows(LocalTime start, Duration deadline, ZoneId zone) {

	private static final LocalTime NOON = LocalTime.NOON;

	/** The window of a date. */
	public Window of(LocalDate date) {
		LocalDate startDay = this.start.isBefore(NOON) ? date : date.minusDays(1);
		Instant from = ZonedDateTime.of(startDay, this.start, this.zone).toInstant();
		Instant to = ZonedDateTime.of(startDay.plusDays(1), this.start, this.zone).toInstant();
		return new Window(date, from, to, to.plus(this.deadline));
	}

	/** The date whose window holds the instant. */
	public LocalDate dateAt(Instant instant) {
		LocalDate local = instant.atZone(this.zone).toLocalDate();
		for (LocalDate candidate = local.minusDays(1); !candidate.isAfter(local.plusDays(1)); candidate = candidate
			.plusDays(1)) {
			Window window = of(candidate);
			if (!instant.isBefore(window.from()) && instant.isBefore(window.to())) {
				return candidate;
			}
		}
		throw new IllegalStateException("no window holds " + instant);
	}

	/** The date of the report due now: the last window that has closed. */
	public LocalDate dueDate(Instant now) {
		return dateAt(now).minusDays(1);
	}

	/**
	 * One reporting window: {@code from} included, {@code to} excluded, and the deadline
	 * of its report.
	 */
	public record Window(LocalDate date, Instant from, Instant to, Instant deadline) {

		public boolean closedAt(Instant now) {
			return !now.isBefore(this.to);
		}

		public boolean lateAt(Instant now) {
			return now.isAfter(this.deadline);
		}

	}

}
