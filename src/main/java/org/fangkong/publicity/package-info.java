/**
 * Publicity (宣传, R-PUB-1 … R-PUB-4, issue #16): releases (发布) over TV, the website,
 * WeChat official accounts, Douyin and village loudspeakers, published only once a
 * commander approved them; public-opinion incidents (舆情) with their handling and the
 * rumour rebuttals; the citizens' pledge (践诺承诺) with its public counter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publicity",
		allowedDependencies = { "shared", "jurisdiction" })
package org.fangkong.publicity;
