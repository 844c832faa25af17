/**
 * Disinfection (消杀, R-ENV-1, R-ENV-2, issue #16): the plan of places to disinfect by kind
 * (garbage points, public toilets, medical institutions, markets) and frequency, the
 * tasks made from it every day, their completion on the phone with an optional photo,
 * overdue places, market closures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disinfection",
		allowedDependencies = { "shared", "jurisdiction" })
package org.fangkong.disinfection;
