package org.fangkong.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The reporting window of one local date: from {@code from} (counted) to {@code to} (not
 * counted), see {@code ReportingSettings.windowOf}.
 *
 * @param date the city's local date the window is named after
 * @param from the first instant counted
 * @param to the first instant no longer counted
 */
public record ReportingWindow(LocalDate date, Instant from, Instant to) {

}
