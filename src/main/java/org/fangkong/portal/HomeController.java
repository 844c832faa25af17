package org.fangkong.portal;

import java.util.List;

import org.fangkong.checkpoint.CheckpointKind;
import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.organisation.Organisation;
import org.fangkong.screening.Screenings;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: for each of the user's roles, what that role does and where to do it,
 * and the figures of the user's own jurisdiction.
 */
@Controller
class HomeController {

	static final int FOLLOW_UPS_SHOWN = 30;

	private final Jurisdictions jurisdictions;

	private final Checkpoints checkpoints;

	private final Organisation organisation;

	private final Screenings screenings;

	private final org.fangkong.checkpoint.CrewDuty duty;

	HomeController(Jurisdictions jurisdictions, Checkpoints checkpoints, Organisation organisation,
			Screenings screenings, org.fangkong.checkpoint.CrewDuty duty) {
		this.duty = duty;
		this.jurisdictions = jurisdictions;
		this.checkpoints = checkpoints;
		this.organisation = organisation;
		this.screenings = screenings;
	}

	@GetMapping("/")
	String home(Model model) {
		Actor actor = CurrentActor.get();
		List<JurisdictionView> nodes = this.jurisdictions.visibleNodes(actor);
		List<CheckpointView> visible = this.checkpoints.visibleTo(actor, null);
		java.util.Set<Long> served = this.duty.servedBy(actor);
		model.addAttribute("scope", nodes.get(0));
		model.addAttribute("roles", actor.roles().stream().sorted().toList());
		model.addAttribute("townships", count(nodes, NodeKind.TOWNSHIP));
		model.addAttribute("grids", nodes.stream().filter(JurisdictionView::isGrid).count());
		model.addAttribute("households", count(nodes, NodeKind.HOUSEHOLD));
		model.addAttribute("keyCheckpoints", visible.stream().filter((c) -> c.kind() == CheckpointKind.KEY).count());
		model.addAttribute("villageCheckpoints",
				visible.stream().filter((c) -> c.kind() == CheckpointKind.VILLAGE).count());
		model.addAttribute("myCheckpoints", visible.stream().filter((c) -> served.contains(c.id())).toList());
		if (actor.hasAny(Role.COMMANDER, Role.HQ_STAFF, Role.ADMIN)) {
			this.organisation.headquarters().ifPresent((hq) -> model.addAttribute("hq", hq));
		}
		if (actor.workingGroupId() != null) {
			this.organisation.workingGroup(actor.workingGroupId()).ifPresent((g) -> model.addAttribute("myGroup", g));
		}
		List<Screenings.FollowUp> followUps = this.screenings.followUpsToday(actor);
		// Overdue first; a township or the city sees the first 30 here and the rest in
		// the ledger.
		model.addAttribute("followUps",
				followUps.stream()
					.sorted(java.util.Comparator.comparing((Screenings.FollowUp f) -> !f.overdue()))
					.limit(FOLLOW_UPS_SHOWN)
					.toList());
		model.addAttribute("followUpCount", followUps.size());
		model.addAttribute("overdue", followUps.stream().filter(Screenings.FollowUp::overdue).count());
		model.addAttribute("duties", actor.roles().stream().sorted().map(RoleDuties::of).toList());
		return "home";
	}

	/**
	 * One duty of a role: a message key and, where the platform already does it, the page
	 * to do it on.
	 */
	record Duty(String key, String href) {

	}

	/**
	 * What a role does here: the pages it can use now, and what later modules will add.
	 */
	record RoleDuties(Role role, List<Duty> duties) {

		static RoleDuties of(Role role) {
			Duty jurisdictions = new Duty("duty.jurisdictions", "/jurisdictions");
			Duty checkpoints = new Duty("duty.checkpoints", "/checkpoints");
			Duty organisation = new Duty("duty.organisation", "/organisation");
			Duty api = new Duty("duty.api", "/swagger-ui.html");
			Duty screening = new Duty("duty.screeningNow", "/screening");
			List<Duty> duties = switch (role) {
				case COMMANDER -> List.of(screening, jurisdictions, checkpoints, organisation,
						new Duty("duty.referralsNow", "/medical/referrals"), planned("duty.dashboard"));
				case HQ_STAFF -> List.of(screening, organisation, jurisdictions, checkpoints);
				case TOWNSHIP_OFFICER -> List.of(screening, jurisdictions, checkpoints, planned("duty.dashboard"));
				case GRID_WORKER -> List.of(screening, jurisdictions, checkpoints);
				case CHECKPOINT_CREW -> List.of(new Duty("duty.register", "/checkpoints"), checkpoints);
				case MEDIC -> List.of(new Duty("duty.referralsNow", "/medical/referrals"));
				case HOTLINE_OPERATOR -> List.of(planned("duty.hotline"));
				case PUBLICITY_OFFICER -> List.of(planned("duty.publicity"));
				case VOLUNTEER -> List.of(planned("duty.tasks"));
				case ADMIN -> List.of(new Duty("duty.users", "/admin/users"), new Duty("duty.audit", "/admin/audit"),
						jurisdictions, checkpoints, organisation, api);
			};
			return new RoleDuties(role, duties);
		}

		private static Duty planned(String key) {
			return new Duty(key, null);
		}

	}

	private static long count(List<JurisdictionView> nodes, NodeKind kind) {
		return nodes.stream().filter((node) -> node.kind() == kind).count();
	}

}
