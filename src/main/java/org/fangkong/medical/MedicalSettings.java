package org.fangkong.medical;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configurable rules of the medical side (under {@code fangkong.medical}).
 *
 * @param receiveWithin how long a referral may wait for the fever clinic before it is
 * flagged as overdue on the medic's list and the dashboard (30 minutes by default)
 */
@ConfigurationProperties("fangkong.medical")
record MedicalSettings(Duration receiveWithin) {

	MedicalSettings {
		receiveWithin = (receiveWithin != null) ? receiveWithin : Duration.ofMinutes(30);
	}

}
