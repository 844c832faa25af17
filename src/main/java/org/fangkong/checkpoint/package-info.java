/**
 * Checkpoints (卡点 / 关口 / 联合检疫站): the registry of key, village and sub-checkpoints
 * (R-CP-1). Crossings registered at them come with the checkpoint issue; this module
 * already answers who may work where.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Checkpoints",
		allowedDependencies = { "shared", "audit", "identity", "jurisdiction" })
package org.fangkong.checkpoint;
