package org.fangkong.notice.web;

import java.util.List;

import org.fangkong.notice.NewNotice;
import org.fangkong.notice.Notices;
import org.fangkong.notice.Urgency;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notice pages: the list, the HQ's form, one notice with its acknowledgements. */
@Controller
class NoticePageController {

	private final Notices notices;

	NoticePageController(Notices notices) {
		this.notices = notices;
	}

	@GetMapping("/notices")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		int current = Math.max(0, page);
		var lines = this.notices.list(actor, current, 31);
		model.addAttribute("notices", lines.stream().limit(30).toList());
		model.addAttribute("paging", new Paging(current, lines.size() > 30));
		model.addAttribute("issuer", this.notices.issues(actor));
		return "notice/notices";
	}

	@GetMapping("/notices/new")
	String form(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("nodes", this.notices.nodes(actor).stream().filter((n) -> n.depth() <= 1).toList());
		model.addAttribute("units", this.notices.units());
		model.addAttribute("urgencies", Urgency.values());
		return "notice/new";
	}

	@PostMapping("/notices/new")
	String issue(NoticeForm form, RedirectAttributes redirect) {
		try {
			long id = this.notices.issue(CurrentActor.get(),
					new NewNotice(form.title(), form.text(), form.urgency(),
							(form.jurisdictionIds() != null) ? form.jurisdictionIds() : List.of(),
							(form.unitIds() != null) ? form.unitIds() : List.of()));
			redirect.addFlashAttribute("message", "notice.issued");
			return "redirect:/notices/" + id;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
			return "redirect:/notices/new";
		}
	}

	@GetMapping("/notices/{id}")
	String notice(@PathVariable long id, Model model) {
		model.addAttribute("notice", this.notices.get(CurrentActor.get(), id));
		return "notice/notice";
	}

	@PostMapping("/notices/{id}/acknowledge")
	String acknowledge(@PathVariable long id, @RequestParam(required = false) Long addresseeId,
			RedirectAttributes redirect) {
		try {
			this.notices.acknowledge(CurrentActor.get(), id, addresseeId);
			redirect.addFlashAttribute("message", "notice.acknowledged");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		return "redirect:/notices/" + id;
	}

	/** The notice form. */
	record NoticeForm(String title, String text, Urgency urgency, List<Long> jurisdictionIds, List<Long> unitIds) {

	}

	/** A page of the list, for the pager. */
	record Paging(int page, boolean hasNext) {

		public String next() {
			return null;
		}

	}

}
