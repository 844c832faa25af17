package org.fangkong.cases;

/**
 * A case's classification (病例分类): suspected, confirmed, asymptomatic infection,
 * discharged, died.
 */
public enum CaseClassification {

	SUSPECTED, CONFIRMED, ASYMPTOMATIC, DISCHARGED, DIED

}
