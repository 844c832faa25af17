/**
 * Users, roles, login and API tokens (SECURITY.md AU1-AU7, W1-W3): who may sign in, the
 * jurisdiction node that bounds each user's data, the checkpoints a crew member serves,
 * and the security rules of every route.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
		allowedDependencies = { "shared", "audit", "jurisdiction", "jurisdiction :: seeding", "organisation" })
package org.fangkong.identity;
