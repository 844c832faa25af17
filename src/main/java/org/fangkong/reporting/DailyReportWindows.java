package org.fangkong.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The reporting window of each date and its deadline (issue #10 item 3), a pure rule. The
 * window is {@link ReportingSettings#windowOf}'s, shared with the dashboard: the 24 hours
 * that end on the date (midnight, the default: the date itself; 16:00: the day before at
 * 16:00 to the date at 16:00, the 2020 custom). The report is due {@code deadline} after
 * its window ends ({@code fangkong.reporting.deadline}).
 */
public record DailyReportWindows(ReportingSettings reporting, Duration deadline, ZoneId zone) {

	/** The window of a date. */
	public Window of(LocalDate date) {
		ReportingWindow window = this.reporting.windowOf(date, this.zone);
		return new Window(date, window.from(), window.to(), window.to().plus(this.deadline));
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
