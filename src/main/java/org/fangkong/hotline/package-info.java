/**
 * The 24-hour epidemic hotline (防治专线, R-MED-3, issue #12 item 3): the call log with the
 * callers' phones encrypted and masked, the answer knowledge base that operators search
 * in Chinese while on a call, and a call about symptoms turned into a referral for the
 * medics in one step (through medical's {@code ReferralPath}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hotline",
		allowedDependencies = { "shared", "audit", "jurisdiction", "medical" })
package org.fangkong.hotline;
