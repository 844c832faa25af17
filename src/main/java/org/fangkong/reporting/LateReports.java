package org.fangkong.reporting;

import java.time.LocalDate;

import org.fangkong.shared.Actor;

/**
 * The daily reports' answer to the dashboard (issue #10 items 2 and 4): how many units
 * inside a node have not submitted their report of a date by its deadline. Implemented by
 * the daily-report side of this module; without it the dashboard shows 0.
 */
public interface LateReports {

	/**
	 * The units at or below {@code jurisdictionId} (already checked to be in the actor's
	 * scope) whose report of {@code date} is missing or late.
	 */
	long lateReports(Actor actor, long jurisdictionId, LocalDate date);

}
