package org.fangkong.checkpoint;

/**
 * The health-code colour the traveller showed (健康码), stored as seen: the platform does
 * not compute it.
 */
public enum HealthCode {

	GREEN, YELLOW, RED, NONE

}
