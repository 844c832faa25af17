/**
 * HQ notices (通知, issue #17 item 4, R-CMD-3): the HQ sends a notice to work units or
 * jurisdiction nodes; each addressee acknowledges; the HQ sees who has not, and those
 * still silent after a configurable time are reminded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "HQ notices",
		allowedDependencies = { "shared", "jurisdiction", "organisation" })
package org.fangkong.notice;
