package org.fangkong.gis.web;

import org.fangkong.gis.MapSettings;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The base map of the forms' pin maps (issue #14 items 3 and 4): every page may carry a
 * pin map ({@code fragments/pin-map}), so every page's model has the configured tile URL
 * as {@code mapTileUrl} (empty: a plain background, no outside request).
 */
@ControllerAdvice(annotations = Controller.class)
class PinMapAdvice {

	private final MapSettings settings;

	PinMapAdvice(MapSettings settings) {
		this.settings = settings;
	}

	@ModelAttribute("mapTileUrl")
	String mapTileUrl() {
		return this.settings.tileUrl();
	}

}
