package org.fangkong.screening.web;

import java.util.List;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.screening.Measure;
import org.fangkong.screening.ScreeningStatus;
import org.fangkong.shared.Actor;
import org.fangkong.shared.OriginClass;

import org.springframework.ui.Model;

/** The choices the ledger's filters and the new-screening form both offer. */
final class ScreeningChoices {

	private ScreeningChoices() {
	}

	/** The grids (and their townships) the actor may pick. */
	static List<JurisdictionView> scopeNodes(Jurisdictions jurisdictions, Actor actor) {
		return jurisdictions.visibleNodes(actor)
			.stream()
			.filter((node) -> node.isGrid() || node.kind() == NodeKind.TOWNSHIP)
			.toList();
	}

	/**
	 * Origin classes, measures and statuses, as {@code originClasses}, {@code measures},
	 * {@code statuses}.
	 */
	static void addChoices(Model model) {
		model.addAttribute("originClasses", OriginClass.values());
		model.addAttribute("measures", Measure.values());
		model.addAttribute("statuses", ScreeningStatus.values());
	}

}
