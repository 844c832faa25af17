/**
 * Medical treatment (医疗救治, R-MED-1, R-MED-2, R-CP-5): fever referrals from checkpoints,
 * daily checks and the hotline, their path to an outcome, a bed and discharge; the
 * facilities with their beds and the expert team. An outcome changes the person's measure
 * in the screening ledger through screening's {@code measures} interface.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Medical",
		allowedDependencies = { "shared", "audit", "jurisdiction", "checkpoint", "checkpoint :: subjects", "screening",
				"screening :: subjects", "screening :: measures" })
package org.fangkong.medical;
