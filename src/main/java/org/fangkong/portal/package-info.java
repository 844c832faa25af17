/**
 * The shell around the modules: the home page of each role, language (zh-CN first,
 * English second), error answers (problem details for the API, a page with a correlation
 * id for people) and request correlation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
		allowedDependencies = { "shared", "audit", "jurisdiction", "organisation", "checkpoint" })
package org.fangkong.portal;
