package org.fangkong.gis;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The map's configuration (issue #14 item 3): the base-map tile URL ({@code {z}/{x}/{y}}
 * template; empty by default: the map draws its own layers on a plain background, and no
 * request leaves for another host), its attribution, and the most key persons one answer
 * carries.
 */
@Component
public class MapSettings {

	private final String tileUrl;

	private final String tileAttribution;

	private final int maxKeyPersons;

	MapSettings(@Value("${fangkong.map.tile-url:}") String tileUrl,
			@Value("${fangkong.map.tile-attribution:}") String tileAttribution,
			@Value("${fangkong.map.max-key-persons:20000}") int maxKeyPersons) {
		this.tileUrl = tileUrl.strip();
		this.tileAttribution = tileAttribution.strip();
		this.maxKeyPersons = maxKeyPersons;
	}

	public String tileUrl() {
		return this.tileUrl;
	}

	public String tileAttribution() {
		return this.tileAttribution;
	}

	public int maxKeyPersons() {
		return this.maxKeyPersons;
	}

}
