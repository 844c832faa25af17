package org.fangkong.organisation.web;

import org.fangkong.organisation.Organisation;
import org.fangkong.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The command HQ page: working groups, their staff, and the work units. */
@Controller
class OrganisationPageController {

	private final Organisation organisation;

	OrganisationPageController(Organisation organisation) {
		this.organisation = organisation;
	}

	@GetMapping("/organisation")
	String headquarters(Model model) {
		model.addAttribute("hq", this.organisation.headquarters().orElse(null));
		model.addAttribute("units", this.organisation.units());
		return "organisation/headquarters";
	}

	@GetMapping("/organisation/groups/{id}")
	String group(@PathVariable long id, Model model) {
		model.addAttribute("group",
				this.organisation.workingGroup(id).orElseThrow(() -> new NotFoundException("working group", id)));
		model.addAttribute("staff", this.organisation.staffOf(id));
		return "organisation/group";
	}

}
