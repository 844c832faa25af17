/**
 * Cases and close contacts (病例与密接, issue #13, R-CASE-1..3): a case opened from a
 * CONFIRMED or SUSPECTED referral outcome or by the HQ medical group, its classification
 * history, source and investigation (流调); the close contacts the checkpoint log and the
 * household tree propose, accepted or dismissed by the investigator, each put under the
 * follow-up measure in their grid through screening; the chains of transmission.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases and contacts",
		allowedDependencies = { "shared", "audit", "jurisdiction", "organisation", "checkpoint :: contacts",
				"screening", "screening :: contacts", "medical", "medical :: outcomes" })
package org.fangkong.cases;
