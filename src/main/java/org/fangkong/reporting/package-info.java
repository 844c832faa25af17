/**
 * Reporting (issue #10, R-CMD-1, R-SCR-3): the command HQ's figures and the daily report
 * (日报) of each grid, township and the city with its approval workflow. It sits on the top
 * floor: it reads the other modules only through the figures they contribute
 * ({@link org.fangkong.shared.platform.FigureContributor}) and the jurisdiction tree; no
 * module below it learns that it exists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "shared", "audit", "jurisdiction" })
package org.fangkong.reporting;
