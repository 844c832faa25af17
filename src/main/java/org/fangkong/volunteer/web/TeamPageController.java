package org.fangkong.volunteer.web;

import java.util.List;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.volunteer.TeamKind;
import org.fangkong.volunteer.Teams;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The teams' pages (issue #15 item 2): the list, a page per team with its members and the
 * buildings it serves (with the form assigning a building or quarter to a work unit), and
 * the forms forming a team and revising it (name, kind, node, leader, members).
 */
@Controller
class TeamPageController {

	private final Teams teams;

	private final Jurisdictions jurisdictions;

	TeamPageController(Teams teams, Jurisdictions jurisdictions) {
		this.teams = teams;
		this.jurisdictions = jurisdictions;
	}

	@GetMapping("/volunteers/teams")
	String teams(Model model) {
		model.addAttribute("teams", this.teams.list(CurrentActor.get()));
		return "volunteer/teams";
	}

	@GetMapping("/volunteers/teams/{id}")
	String team(@PathVariable long id, Model model) {
		model.addAttribute("unitForm", new UnitForm(null, null));
		return teamPage(CurrentActor.get(), id, model);
	}

	@PostMapping("/volunteers/teams/{id}/units")
	String assign(@PathVariable long id, @ModelAttribute("unitForm") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		if (result.hasErrors()) {
			return teamPage(actor, id, model);
		}
		try {
			this.teams.assignUnit(actor, id, new Teams.NewPreventionUnit(form.jurisdictionId(), form.workUnitId()));
		}
		catch (InvalidInputException ex) {
			VolunteerForms.reject(result, ex);
			return teamPage(actor, id, model);
		}
		redirect.addFlashAttribute("message", "team.unitAssigned");
		return "redirect:/volunteers/teams/" + id;
	}

	@GetMapping("/volunteers/teams/new")
	String newTeam(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("form", new TeamForm(null, TeamKind.ASSAULT_TEAM, actor.jurisdictionId(), null, List.of()));
		return formPage(actor, null, model);
	}

	@PostMapping("/volunteers/teams")
	String create(@ModelAttribute("form") TeamForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		if (result.hasErrors()) {
			return formPage(actor, null, model);
		}
		Teams.TeamView created;
		try {
			created = this.teams.create(actor, form.toInput());
		}
		catch (InvalidInputException ex) {
			VolunteerForms.reject(result, ex);
			return formPage(actor, null, model);
		}
		redirect.addFlashAttribute("message", "team.created");
		return "redirect:/volunteers/teams/" + created.id() + "/edit";
	}

	@GetMapping("/volunteers/teams/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		Teams.TeamDetail detail = this.teams.get(actor, id);
		model.addAttribute("form",
				new TeamForm(detail.team().name(), detail.team().kind(), detail.team().jurisdictionId(),
						detail.team().leaderId(), detail.members().stream().map((m) -> m.id()).toList()));
		return formPage(actor, id, model);
	}

	@PostMapping("/volunteers/teams/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") TeamForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		if (result.hasErrors()) {
			return formPage(actor, id, model);
		}
		try {
			this.teams.update(actor, id, form.toInput());
		}
		catch (InvalidInputException ex) {
			VolunteerForms.reject(result, ex);
			return formPage(actor, id, model);
		}
		redirect.addFlashAttribute("message", "team.saved");
		return "redirect:/volunteers/teams/" + id;
	}

	private String teamPage(Actor actor, long id, Model model) {
		model.addAttribute("detail", this.teams.get(actor, id));
		model.addAttribute("choices", this.teams.choices(actor, id));
		return "volunteer/team";
	}

	private String formPage(Actor actor, Long id, Model model) {
		model.addAttribute("teamId", id);
		model.addAttribute("kinds", TeamKind.values());
		model.addAttribute("nodes", VolunteerForms.places(this.jurisdictions, actor,
				((TeamForm) model.getAttribute("form")).jurisdictionId()));
		model.addAttribute("choices", (id != null) ? this.teams.choices(actor, id) : null);
		return "volunteer/team-form";
	}

	/** The team form: name, kind, node; leader and members once the team exists. */
	record TeamForm(String name, TeamKind kind, Long jurisdictionId, Long leaderId, List<Long> memberIds) {

		TeamForm {
			memberIds = (memberIds != null) ? memberIds : List.of();
		}

		Teams.NewTeam toInput() {
			return new Teams.NewTeam(this.name, this.kind, this.leaderId, this.memberIds, this.jurisdictionId);
		}

	}

	/** A building or quarter to assign to a work unit, served by the team. */
	record UnitForm(Long jurisdictionId, Long workUnitId) {

	}

}
