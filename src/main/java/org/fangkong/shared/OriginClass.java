package org.fangkong.shared;

/**
 * Where a traveller comes from, in the classes the 2020 screening used (R-SCR-1): Wuhan,
 * the rest of Hubei, another province, elsewhere in this province, abroad; or local.
 */
public enum OriginClass {

	/** 本地. */
	LOCAL,
	/** 省内其他地区. */
	IN_PROVINCE,
	/** 外省. */
	OTHER_PROVINCE,
	/** 湖北（武汉以外）. */
	HUBEI,
	/** 武汉. */
	WUHAN,
	/** 境外. */
	ABROAD;

	public boolean isLocal() {
		return this == LOCAL;
	}

}
