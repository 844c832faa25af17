package org.fangkong.jurisdiction.web;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The jurisdiction pages: the user's part of the tree, node by node, with the chain of
 * responsibility.
 */
@Controller
class JurisdictionPageController {

	private final Jurisdictions jurisdictions;

	JurisdictionPageController(Jurisdictions jurisdictions) {
		this.jurisdictions = jurisdictions;
	}

	@GetMapping("/jurisdictions")
	String root() {
		return "redirect:/jurisdictions/" + CurrentActor.get().jurisdictionId();
	}

	@GetMapping("/jurisdictions/{id}")
	String node(@PathVariable long id, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		Actor actor = CurrentActor.get();
		JurisdictionView node = this.jurisdictions.get(actor, id);
		model.addAttribute("node", node);
		model.addAttribute("children",
				this.jurisdictions.children(actor, id)
					.stream()
					.map((child) -> new ChildRow(child, this.jurisdictions.childCount(child.id())))
					.toList());
		model.addAttribute("breadcrumbs", this.jurisdictions.breadcrumbs(actor, id));
		model.addAttribute("chain", this.jurisdictions.responsibilityChain(id));
		model.addAttribute("fullPhones", actor.seesFullIdentifiers());
		return (htmx != null) ? "jurisdiction/node :: content" : "jurisdiction/node";
	}

	/** A child node with the number of nodes directly below it. */
	record ChildRow(JurisdictionView node, long childCount) {

	}

}
