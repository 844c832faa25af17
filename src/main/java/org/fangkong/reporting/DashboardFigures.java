package org.fangkong.reporting;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fangkong.shared.platform.WorkBacklog;

/**
 * The dashboard's figures of one node and one local date, as {@code GET
 * /api/v1/dashboard} answers them (issue #10 item 8, binding).
 *
 * @param date the city's local date
 * @param jurisdictionId the node, everything below it included
 * @param crossingsIn crossings in (people)
 * @param crossingsOut crossings out (people)
 * @param fevers fevers found at checkpoints
 * @param turnedBack travellers turned back
 * @param arrivalsByOrigin new arrivals of the day by origin class
 * @param underMeasure persons under each measure at the end of the day (or now)
 * @param releasedToday releases recorded that day
 * @param openReferrals fever referrals not yet received by a clinic
 * @param overdueChecks persons with an overdue daily check
 * @param lateReports units whose daily report is missing or late
 * @param backlog the work accepted and not done yet that these figures do not count yet
 * (arrivals not in the ledger yet), only kinds with something waiting (issue #19)
 */
public record DashboardFigures(LocalDate date, long jurisdictionId, long crossingsIn, long crossingsOut, long fevers,
		long turnedBack, Map<String, Long> arrivalsByOrigin, Map<String, Long> underMeasure, long releasedToday,
		long openReferrals, long overdueChecks, long lateReports, List<WorkBacklog.Waiting> backlog) {

	public DashboardFigures {
		arrivalsByOrigin = Collections.unmodifiableMap(new LinkedHashMap<>(arrivalsByOrigin));
		underMeasure = Collections.unmodifiableMap(new LinkedHashMap<>(underMeasure));
		backlog = List.copyOf(backlog);
	}

}
