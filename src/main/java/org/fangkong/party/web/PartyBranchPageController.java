package org.fangkong.party.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.party.PartyAccess;
import org.fangkong.party.PartyBranches;
import org.fangkong.party.PartyViews.BranchKind;
import org.fangkong.party.PartyViews.BranchView;
import org.fangkong.party.PartyViews.CommendationKind;
import org.fangkong.party.PartyViews.Duty;
import org.fangkong.party.PartyViews.Member;
import org.fangkong.party.PartyViews.NewBranch;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages that keep the branches (issue #17 item 5): set one up with its secretary and
 * members, a branch with its member list, adding a member and raising its flag at a
 * checkpoint; commending a member or an organisation. Commanders and the organisation
 * group keep them; the other HQ staff read the branch pages.
 */
@Controller
class PartyBranchPageController {

	private final PartyBranches branches;

	private final PartyAccess access;

	private final Checkpoints checkpoints;

	PartyBranchPageController(PartyBranches branches, PartyAccess access, Checkpoints checkpoints) {
		this.branches = branches;
		this.access = access;
		this.checkpoints = checkpoints;
	}

	@GetMapping("/party/branches/new")
	String create(Model model) {
		requireKeeper(CurrentActor.get());
		model.addAttribute("kinds", BranchKind.values());
		return "party/branch-form";
	}

	@PostMapping("/party/branches")
	String add(@RequestParam(required = false) String name, @RequestParam(required = false) BranchKind kind,
			@RequestParam(required = false) String attachedTo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn,
			@RequestParam(required = false) String secretary, @RequestParam(required = false) String members,
			RedirectAttributes redirect) {
		List<Member> all = new ArrayList<>();
		if (secretary != null && !secretary.isBlank()) {
			all.add(new Member(secretary.strip(), Duty.SECRETARY, null));
		}
		all.addAll(members(members));
		try {
			BranchView branch = this.branches.create(CurrentActor.get(),
					new NewBranch(name, kind, attachedTo, foundedOn, all));
			redirect.addFlashAttribute("message", "party.branchCreated");
			return "redirect:/party/branches/" + branch.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
			return "redirect:/party/branches/new";
		}
	}

	@GetMapping("/party/branches/{id}")
	String branch(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("branch", this.branches.get(actor, id));
		boolean keeps = this.access.keeps(actor);
		model.addAttribute("keeps", keeps);
		model.addAttribute("checkpoints", keeps ? this.checkpoints.visibleTo(actor, null) : List.of());
		return "party/branch";
	}

	@PostMapping("/party/branches/{id}/members")
	String addMember(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) Duty duty, @RequestParam(required = false) String unit,
			RedirectAttributes redirect) {
		try {
			this.branches.addMember(CurrentActor.get(), id,
					new Member(name, (duty != null) ? duty : Duty.MEMBER, unit));
			redirect.addFlashAttribute("message", "party.memberAdded");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		return "redirect:/party/branches/" + id;
	}

	@PostMapping("/party/branches/{id}/flags")
	String raiseFlag(@PathVariable long id, @RequestParam(required = false) Long checkpointId,
			RedirectAttributes redirect) {
		try {
			if (checkpointId == null) {
				throw InvalidInputException.of("checkpointId", "party.invalid.checkpoint");
			}
			this.branches.raiseFlag(CurrentActor.get(), id, checkpointId);
			redirect.addFlashAttribute("message", "party.flagRaised");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		return "redirect:/party/branches/" + id;
	}

	@PostMapping("/party/commendations")
	String commend(@RequestParam(required = false) CommendationKind kind, @RequestParam(required = false) String name,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			this.branches.commend(CurrentActor.get(), kind, name, reason);
			redirect.addFlashAttribute("message", "party.commended");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		return "redirect:/party#commendations";
	}

	private void requireKeeper(Actor actor) {
		if (!this.access.keeps(actor)) {
			throw new ForbiddenException("only commanders and the organisation group set up branches");
		}
	}

	/** The members typed one a line: a name, optionally a comma and the unit. */
	static List<Member> members(String lines) {
		List<Member> members = new ArrayList<>();
		if (lines == null) {
			return members;
		}
		for (String line : lines.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.strip().split("[,，、]", 2);
			String unit = (parts.length > 1 && !parts[1].isBlank()) ? parts[1].strip() : null;
			members.add(new Member(parts[0].strip(), Duty.MEMBER, unit));
		}
		return members;
	}

}
