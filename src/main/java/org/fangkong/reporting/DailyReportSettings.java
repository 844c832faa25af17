package org.fangkong.reporting;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The city's daily-report settings (under {@code fangkong.reporting}, beside
 * {@code window-start} of {@link ReportingSettings}).
 *
 * @param deadline how long after its window ends a report is due (default 10 hours: for
 * midnight windows, 10:00 the next morning; a city with 16:00 windows sets 1h)
 * @param typedFields the figures a unit types itself, as {@code group.name} codes, in the
 * order the form shows them (default: SYSTEM.md "A daily report", every field the
 * platform does not count)
 */
@ConfigurationProperties("fangkong.reporting")
record DailyReportSettings(Duration deadline, List<String> typedFields) {

	/** SYSTEM.md, "A daily report": what no module of the platform counts yet. */
	static final List<String> DEFAULT_TYPED = List.of("checkpoint.staffed24h", "checkpoint.staffedOrdinary",
			"checkpoint.crewOnDuty", "screening.homeVisits", "medical.feverClinicVisits", "medical.inObservation",
			"medical.confirmed", "medical.suspected", "medical.discharged", "disinfection.teams", "disinfection.people",
			"disinfection.areaM2", "disinfection.places", "publicity.broadcasts", "publicity.opinionChecked",
			"publicity.rumoursRebutted", "donations.gifts", "donations.valueYuan");

	DailyReportSettings {
		deadline = (deadline != null) ? deadline : Duration.ofHours(10);
		typedFields = (typedFields != null && !typedFields.isEmpty()) ? List.copyOf(typedFields) : DEFAULT_TYPED;
	}

}
