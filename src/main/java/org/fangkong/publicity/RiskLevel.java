package org.fangkong.publicity;

/** How much harm an opinion incident may do; open high-risk ones go to the dashboard. */
public enum RiskLevel {

	LOW, MEDIUM, HIGH

}
