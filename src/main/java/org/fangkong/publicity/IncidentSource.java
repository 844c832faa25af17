package org.fangkong.publicity;

/** Where an opinion incident was seen online (R-PUB-3). */
public enum IncidentSource {

	WEIBO, WECHAT, DOUYIN, FORUM, NEWS, OTHER

}
