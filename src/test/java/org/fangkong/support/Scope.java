package org.fangkong.support;

/**
 * Whose record a request of the route matrix addresses: one inside the user's
 * jurisdiction, or one outside it (SECURITY.md: out of scope is 404).
 */
public enum Scope {

	OWN, FOREIGN

}
