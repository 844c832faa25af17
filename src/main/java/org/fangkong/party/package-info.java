/**
 * The party organisation at the front (党组织, issue #17 item 5, R-CMD-2, R-CMD-4, R-CMD-5):
 * temporary party branches at the HQ office, the medical front and the checkpoint groups,
 * their members and secretaries, flags raised at checkpoints, special funds with a
 * spending ledger that never goes below zero, commendations, and notes on cadres'
 * performance for the commanders and the organisation group only, audited when read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Party organisation",
		allowedDependencies = { "shared", "audit", "jurisdiction", "organisation", "checkpoint" })
package org.fangkong.party;
