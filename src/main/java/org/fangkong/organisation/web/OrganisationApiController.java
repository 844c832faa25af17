package org.fangkong.organisation.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.organisation.Organisation;
import org.fangkong.organisation.Organisation.WorkingGroupView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The HQ's working groups over JSON. */
@RestController
@RequestMapping("/api/v1/working-groups")
@Tag(name = "Organisation", description = "指挥部 — the command HQ and its working groups (R-CMD-1)")
class OrganisationApiController {

	private final Organisation organisation;

	OrganisationApiController(Organisation organisation) {
		this.organisation = organisation;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('COMMANDER', 'HQ_STAFF', 'ADMIN')")
	@Operation(summary = "The working groups of the command HQ with their staff counts")
	List<WorkingGroupView> list() {
		return this.organisation.workingGroups();
	}

}
