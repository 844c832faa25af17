package org.fangkong.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The city's reporting rules (under {@code fangkong.reporting}), shared by the dashboard
 * and the daily reports (issue #10 item 3).
 *
 * @param windowStart when the reporting day begins, in the city's local time: midnight by
 * default; 16:00 for the 2020 practice of a report "from 16:00 to 16:00"
 */
@ConfigurationProperties("fangkong.reporting")
public record ReportingSettings(LocalTime windowStart) {

	public ReportingSettings {
		windowStart = (windowStart != null) ? windowStart : LocalTime.MIDNIGHT;
	}

	/**
	 * The reporting window of the local date {@code date}: the 24 hours that end on that
	 * day. At midnight (the default) that is the day itself, date 00:00 to the next day
	 * 00:00; at 16:00 it is the day before at 16:00 to {@code date} 16:00, the window of
	 * the report a unit files on the afternoon of {@code date}. A day with a
	 * daylight-saving change has its real length.
	 */
	public ReportingWindow windowOf(LocalDate date, ZoneId zone) {
		LocalDate endDay = this.windowStart.equals(LocalTime.MIDNIGHT) ? date.plusDays(1) : date;
		return new ReportingWindow(date, endDay.minusDays(1).atTime(this.windowStart).atZone(zone).toInstant(),
				endDay.atTime(this.windowStart).atZone(zone).toInstant());
	}

}
