package org.fangkong.medical;

/**
 * The kinds of facilities of the medical side (R-MED-2): the designated hospital, the
 * fever clinics, the centralised isolation sites and the (standby) observation sites.
 */
public enum FacilityKind {

	HOSPITAL, FEVER_CLINIC, ISOLATION_SITE, OBSERVATION_SITE

}
