/**
 * Reporting (issue #10, R-SCR-3, R-CMD-1): the command HQ's picture of the city. The top
 * floor: it counts nothing itself but collects the figures every owning module answers
 * through {@link org.fangkong.shared.platform.FigureContributor} for a set of
 * jurisdiction nodes and a time window; no module below learns that it exists. The daily
 * report (日报) of each grid, township and the city is filled in from those figures, signed
 * off up the chain and frozen once approved
 * ({@link org.fangkong.reporting.DailyReports}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "shared", "audit", "jurisdiction" })
package org.fangkong.reporting;
