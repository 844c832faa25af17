/**
 * Screening of arriving travellers (排查, R-SCR-1 … R-SCR-4): arrivals reported by the
 * checkpoints are handed to the grid of their destination. The full screening record,
 * measures and ledgers follow in issue #4.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening",
		allowedDependencies = { "shared", "audit", "jurisdiction", "checkpoint", "checkpoint :: subjects" })
package org.fangkong.screening;
