package org.fangkong.audit.web;

import java.util.Comparator;
import java.util.List;

import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.shared.platform.AuditCode;
import org.fangkong.shared.platform.AuditCodeContributor;
import org.fangkong.shared.platform.DisplayNames;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for administrators, newest first, filterable by any module's audit code
 * (each module contributes its codes).
 */
@Controller
class AuditPageController {

	private final AuditTrail audit;

	private final List<String> codes;

	private final org.springframework.beans.factory.ObjectProvider<DisplayNames> names;

	AuditPageController(AuditTrail audit, List<AuditCodeContributor> contributors,
			org.springframework.beans.factory.ObjectProvider<DisplayNames> names) {
		this.audit = audit;
		this.names = names;
		this.codes = java.util.stream.Stream
			.concat(java.util.Arrays.stream(AuditAction.values()),
					contributors.stream().flatMap((contributor) -> contributor.auditCodes().stream()))
			.map(AuditCode::name)
			.distinct()
			.sorted(Comparator.naturalOrder())
			.toList();
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String action, @RequestParam(defaultValue = "0") int page,
			Model model) {
		String chosen = this.codes.contains(action) ? action : null;
		var entries = this.audit.recent(chosen, page, 50);
		model.addAttribute("entries", entries);
		// People by their display name, the username beside it (issue #8 item 8).
		List<String> actors = entries.getContent().stream().map(AuditTrail.EntryView::actor).distinct().toList();
		model.addAttribute("names",
				this.names.getIfAvailable(() -> (usernames) -> new java.util.HashMap<>()).of(actors));
		model.addAttribute("action", chosen);
		model.addAttribute("actions", this.codes);
		return "admin/audit";
	}

}
