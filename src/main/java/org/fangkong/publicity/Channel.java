package org.fangkong.publicity;

/** Where a release goes out (R-PUB-1). */
public enum Channel {

	/** 电视 */
	TV,
	/** 政府网站 */
	WEBSITE,
	/** 微信公众号 */
	WECHAT,
	/** 抖音 */
	DOUYIN,
	/** 村屯大喇叭: read out, so it gets a plain-text script. */
	LOUDSPEAKER

}
