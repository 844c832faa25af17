package org.fangkong.publicity;

import java.time.Instant;
import java.util.List;

/**
 * An opinion incident with its handling: the actions taken (who, when, what) and, for a
 * rumour, the approved release that rebutted it.
 */
public record IncidentView(long id, IncidentSource source, String link, String summary, RiskLevel risk,
		IncidentStatus status, boolean rumour, Long rebuttalReleaseId, String rebuttalTitle, Instant seenAt,
		String reportedBy, Instant closedAt, boolean demo, List<Action> actions) {

	public IncidentView {
		actions = List.copyOf(actions);
	}

	/** One handling action. */
	public record Action(String action, String takenBy, Instant takenAt) {

	}

}
