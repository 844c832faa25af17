package org.fangkong.screening;

/** A measure for a person under screening (管控措施); NONE where the rule asks for none. */
public enum Measure {

	HOME_OBSERVATION, CENTRALISED_ISOLATION, MEDICAL_OBSERVATION, HOME_MONITORING, NONE

}
