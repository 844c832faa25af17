/**
 * Medical treatment (医疗救治, R-MED-1, R-CP-5): fever referrals from checkpoints (and, with
 * screening, from daily checks) for the designated hospital and the fever clinics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Medical", allowedDependencies = { "shared", "audit",
		"jurisdiction", "checkpoint", "checkpoint :: subjects", "screening", "screening :: subjects" })
package org.fangkong.medical;
