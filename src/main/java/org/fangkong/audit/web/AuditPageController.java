package org.fangkong.audit.web;

import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for administrators, newest first, filterable by action. */
@Controller
class AuditPageController {

	private final AuditTrail audit;

	AuditPageController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) AuditAction action, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("entries", this.audit.recent(action, page, 50));
		model.addAttribute("action", action);
		model.addAttribute("actions", AuditAction.values());
		return "admin/audit";
	}

}
