/**
 * The Tieli demo data set (profile {@code demo}): the city, its townships and 71 villages
 * and communities with groups and households, 11 key and 71 village checkpoints, the HQ
 * with 9 working groups and 133 staff, and the demo users. Shaped by the 2020 article in
 * {@code shared/seed/}; names beyond the article's are invented and every node is marked
 * as demo data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "shared", "jurisdiction", "jurisdiction :: seeding", "organisation", "identity",
				"checkpoint", "checkpoint :: seeding", "checkpoint :: duty-feed", "screening", "roster",
				"roster :: seeding", "gis", "gis :: seeding", "volunteer", "volunteer :: seeding", "disinfection",
				"publicity", "medical", "medical :: seeding", "hotline", "hotline :: seeding", "supplies",
				"supplies :: seeding", "notice", "notice :: seeding", "party", "party :: seeding" })
package org.fangkong.demo;
