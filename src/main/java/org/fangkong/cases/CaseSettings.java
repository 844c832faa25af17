package org.fangkong.cases;

import org.fangkong.screening.Measure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configurable rules of cases and contacts (under {@code fangkong.cases}).
 *
 * @param contactMeasure the measure an accepted close contact is put under
 * (CENTRALISED_ISOLATION by default)
 * @param contactDays how many days from the last exposure the measure lasts (14)
 * @param medicalGroup the code of the HQ's medical working group, whose HQ staff
 * investigate cases (WG02 by default)
 */
@ConfigurationProperties("fangkong.cases")
record CaseSettings(Measure contactMeasure, Integer contactDays, String medicalGroup) {

	CaseSettings {
		contactMeasure = (contactMeasure != null) ? contactMeasure : Measure.CENTRALISED_ISOLATION;
		contactDays = (contactDays != null) ? contactDays : 14;
		medicalGroup = (medicalGroup != null) ? medicalGroup : "WG02";
	}

}
