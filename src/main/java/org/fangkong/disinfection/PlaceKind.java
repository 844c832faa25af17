package org.fangkong.disinfection;

/** What kind of place is disinfected (R-ENV-1); each has a default frequency. */
public enum PlaceKind {

	/** 垃圾收集点 */
	GARBAGE_POINT,
	/** 公共厕所 */
	PUBLIC_TOILET,
	/** 医疗机构 */
	MEDICAL_INSTITUTION,
	/** 露天市场 */
	OPEN_AIR_MARKET,
	/** 农贸市场 */
	FARMERS_MARKET,
	/** 活禽市场 (closed during the epidemic, R-ENV-2) */
	POULTRY_MARKET,
	/** 其他 */
	OTHER

}
