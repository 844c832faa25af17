package org.fangkong.publicity.web;

import java.util.List;

import org.fangkong.publicity.Channel;
import org.fangkong.publicity.ReleaseRequest;
import org.fangkong.publicity.ReleaseStatus;
import org.fangkong.publicity.ReleaseView;
import org.fangkong.publicity.Releases;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.Role;
import org.fangkong.shared.platform.DisplayNames;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The releases' pages: the list (a commander's approval queue is the submitted ones), a
 * form for a new draft, one release with the steps the caller may take.
 */
@Controller
class ReleasePageController {

	private final Releases releases;

	private final DisplayNames names;

	ReleasePageController(Releases releases, DisplayNames names) {
		this.releases = releases;
		this.names = names;
	}

	@GetMapping("/publicity/releases")
	String list(@RequestParam(required = false) ReleaseStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Actor actor = CurrentActor.get();
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ReleaseForm(null, null, List.of()));
		}
		return listPage(actor, status, page, model);
	}

	@PostMapping("/publicity/releases")
	String create(@ModelAttribute("form") ReleaseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		try {
			long id = this.releases.create(actor, form.toRequest());
			redirect.addFlashAttribute("message", "release.draftSaved");
			return "redirect:/publicity/releases/" + id;
		}
		catch (InvalidInputException ex) {
			reject(ex, result);
			return listPage(actor, null, 0, model);
		}
	}

	@GetMapping("/publicity/releases/{id}")
	String release(@PathVariable long id, Model model) {
		ReleaseView release = this.releases.get(CurrentActor.get(), id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ReleaseForm(release.title(), release.body(),
					release.channels().stream().map(Channel::name).toList()));
		}
		return releasePage(release, model);
	}

	@PostMapping("/publicity/releases/{id}")
	String revise(@PathVariable long id, @ModelAttribute("form") ReleaseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		try {
			this.releases.revise(actor, id, form.toRequest());
			redirect.addFlashAttribute("message", "release.saved");
			return "redirect:/publicity/releases/" + id;
		}
		catch (InvalidInputException ex) {
			reject(ex, result);
			return releasePage(this.releases.get(actor, id), model);
		}
	}

	@PostMapping("/publicity/releases/{id}/submit")
	String submit(@PathVariable long id, RedirectAttributes redirect) {
		this.releases.submit(CurrentActor.get(), id);
		redirect.addFlashAttribute("message", "release.submittedMessage");
		return "redirect:/publicity/releases/" + id;
	}

	@PostMapping("/publicity/releases/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		this.releases.approve(CurrentActor.get(), id);
		redirect.addFlashAttribute("message", "release.approvedMessage");
		return "redirect:/publicity/releases/" + id;
	}

	@PostMapping("/publicity/releases/{id}/reject")
	String rejectRelease(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		try {
			this.releases.reject(actor, id, reason);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("reasonError", ex.violations().get(0).messageKey());
			return release(id, model);
		}
		redirect.addFlashAttribute("message", "release.rejectedMessage");
		return "redirect:/publicity/releases/" + id;
	}

	private String listPage(Actor actor, ReleaseStatus status, int page, Model model) {
		model.addAttribute("releases", this.releases.list(actor, status, page));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ReleaseStatus.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("author", actor.has(Role.PUBLICITY_OFFICER));
		return "publicity/releases";
	}

	private String releasePage(ReleaseView release, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("release", release);
		model.addAttribute("authorName", this.names.of(release.author()));
		model.addAttribute("deciderName", this.names.of(release.decidedBy()));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("author", actor.has(Role.PUBLICITY_OFFICER));
		model.addAttribute("approver", actor.has(Role.COMMANDER));
		return "publicity/release";
	}

	private static void reject(InvalidInputException ex, BindingResult result) {
		ex.violations().forEach((v) -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
	}

	/** The release form: title, text, the channels ticked. */
	record ReleaseForm(String title, String body, List<String> channels) {

		ReleaseForm {
			channels = (channels != null) ? List.copyOf(channels) : List.of();
		}

		ReleaseRequest toRequest() {
			return new ReleaseRequest(this.title, this.body, this.channels);
		}

	}

}
