/**
 * Duty rosters (排班, R-CP-2): the staff pool, the demand of each checkpoint, rosters
 * solved with Timefold Solver, published to the checkpoint module's crew duty.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Duty rosters", allowedDependencies = { "shared", "audit",
		"jurisdiction", "checkpoint", "checkpoint :: duty-feed", "screening" })
package org.fangkong.roster;
