/**
 * Reporting (issue #10, R-SCR-3, R-CMD-1): the command HQ's picture of the city. The top
 * floor: it counts nothing itself but collects the figures every owning module answers
 * through {@link org.fangkong.shared.platform.FigureContributor} for a set of
 * jurisdiction nodes and a time window; no module below learns that it exists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "shared", "jurisdiction" })
package org.fangkong.reporting;
