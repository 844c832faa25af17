package org.fangkong.shared.platform;

import java.util.Map;

/**
 * A card on a user's home page: a Thymeleaf fragment of the contributing module and the
 * values it shows. The fragment reads them as {@code ${card.model['name']}}.
 *
 * @param template the fragment, e.g. {@code screening/home-cards :: followUps}
 * @param order where it stands, lower first (work queues before figures)
 * @param model the values the fragment shows
 */
public record HomeCard(String template, int order, Map<String, Object> model) {

	public HomeCard {
		model = Map.copyOf(model);
	}

}
