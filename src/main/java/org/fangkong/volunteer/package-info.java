/**
 * Volunteers and dispatch (志愿服务, R-VOL-1..3, R-GRID-3, issue #15): the reserve in
 * echelons by age, medical echelons, teams and prevention units (包保单位), and the HQ's
 * orders carried out on a phone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Volunteers", allowedDependencies = { "shared", "audit",
		"jurisdiction", "organisation", "screening", "screening :: measure-status" })
package org.fangkong.volunteer;
