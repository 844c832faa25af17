package org.fangkong.medical;

/** OPEN until the fever clinic has received the patient. */
public enum ReferralStatus {

	OPEN, RECEIVED

}
