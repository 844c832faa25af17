package org.fangkong.portal;

import java.util.Comparator;
import java.util.List;

import org.fangkong.checkpoint.CheckpointKind;
import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.organisation.Organisation;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.Role;
import org.fangkong.shared.platform.HomeCard;
import org.fangkong.shared.platform.HomeCardContributor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the figures of the user's own jurisdiction, the cards every module
 * contributes for the user's roles ({@link HomeCardContributor}: work queues first), and
 * for each role the pages it uses.
 */
@Controller
class HomeController {

	private final Jurisdictions jurisdictions;

	private final Checkpoints checkpoints;

	private final Organisation organisation;

	private final List<HomeCardContributor> contributors;

	HomeController(Jurisdictions jurisdictions, Checkpoints checkpoints, Organisation organisation,
			List<HomeCardContributor> contributors) {
		this.jurisdictions = jurisdictions;
		this.checkpoints = checkpoints;
		this.organisation = organisation;
		this.contributors = contributors;
	}

	@GetMapping("/")
	String home(Model model) {
		Actor actor = CurrentActor.get();
		List<JurisdictionView> nodes = this.jurisdictions.visibleNodes(actor);
		List<CheckpointView> visible = this.checkpoints.visibleTo(actor, null);
		model.addAttribute("scope", nodes.get(0));
		model.addAttribute("roles", actor.roles().stream().sorted().toList());
		model.addAttribute("townships", count(nodes, NodeKind.TOWNSHIP));
		model.addAttribute("grids", nodes.stream().filter(JurisdictionView::isGrid).count());
		model.addAttribute("households", count(nodes, NodeKind.HOUSEHOLD));
		model.addAttribute("keyCheckpoints", visible.stream().filter((c) -> c.kind() == CheckpointKind.KEY).count());
		model.addAttribute("villageCheckpoints",
				visible.stream().filter((c) -> c.kind() == CheckpointKind.VILLAGE).count());
		if (actor.hasAny(Role.COMMANDER, Role.HQ_STAFF, Role.ADMIN)) {
			this.organisation.headquarters().ifPresent((hq) -> model.addAttribute("hq", hq));
		}
		model.addAttribute("cards",
				this.contributors.stream()
					.flatMap((contributor) -> contributor.cards(actor).stream())
					.sorted(Comparator.comparingInt(HomeCard::order))
					.toList());
		model.addAttribute("duties", actor.roles().stream().sorted().toList());
		return "home";
	}

	private static long count(List<JurisdictionView> nodes, NodeKind kind) {
		return nodes.stream().filter((node) -> node.kind() == kind).count();
	}

}
