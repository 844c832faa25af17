package org.fangkong.hotline.web;

import java.math.BigDecimal;

import jakarta.servlet.http.HttpServletResponse;
import org.fangkong.hotline.CallCategory;
import org.fangkong.hotline.HotlineAnswers;
import org.fangkong.hotline.HotlineCalls;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.UnprocessableRequestException;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's page (issue #12 item 3): the form to log the call in progress beside the
 * knowledge-base search (htmx), the call log below, one call with its follow-up and
 * referral.
 */
@Controller
class HotlinePageController {

	private final HotlineCalls calls;

	private final HotlineAnswers answers;

	HotlinePageController(HotlineCalls calls, HotlineAnswers answers) {
		this.calls = calls;
		this.answers = answers;
	}

	@GetMapping("/hotline")
	String page(@RequestParam(defaultValue = "false") boolean followUps, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("list", this.calls.list(CurrentActor.get(), followUps, page));
		model.addAttribute("followUps", followUps);
		model.addAttribute("categories", CallCategory.values());
		model.addAttribute("answers", this.answers.search(CurrentActor.get(), null));
		return "hotline/calls";
	}

	/**
	 * The knowledge-base search: the results fragment for htmx, the whole page otherwise.
	 */
	@GetMapping("/hotline/answers")
	String answers(@RequestParam(required = false) String q,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
			Model model) {
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		model.addAttribute("answers", this.answers.search(CurrentActor.get(), q));
		model.addAttribute("q", q);
		return (htmx != null) ? "hotline/answers :: results" : "hotline/answers";
	}

	@PostMapping("/hotline/calls")
	String log(@RequestParam(required = false) String callerName, @RequestParam(required = false) String callerPhone,
			@RequestParam(required = false) CallCategory category, @RequestParam(required = false) String question,
			@RequestParam(required = false) String answer, @RequestParam(defaultValue = "false") boolean followUpNeeded,
			@RequestParam(defaultValue = "false") boolean refer, @RequestParam(required = false) BigDecimal temperature,
			RedirectAttributes redirect) {
		try {
			HotlineCalls.CallView call = this.calls.log(CurrentActor.get(), new HotlineCalls.NewCall(callerName,
					callerPhone, category, question, answer, followUpNeeded, null, refer, temperature));
			redirect.addFlashAttribute("message",
					(call.referralId() != null) ? "hotline.loggedAndReferred" : "hotline.logged");
			return "redirect:/hotline/calls/" + call.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
			return "redirect:/hotline";
		}
	}

	@GetMapping("/hotline/calls/{id}")
	String call(@PathVariable long id, Model model) {
		model.addAttribute("call", this.calls.get(CurrentActor.get(), id));
		return "hotline/call";
	}

	@PostMapping("/hotline/calls/{id}/referral")
	String refer(@PathVariable long id, @RequestParam(required = false) BigDecimal temperature,
			RedirectAttributes redirect) {
		try {
			this.calls.refer(CurrentActor.get(), id, temperature);
			redirect.addFlashAttribute("message", "hotline.referred");
		}
		catch (UnprocessableRequestException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/hotline/calls/" + id;
	}

	@PostMapping("/hotline/calls/{id}/follow-up")
	String followUp(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.calls.followUpDone(CurrentActor.get(), id);
			redirect.addFlashAttribute("message", "hotline.followUpRecorded");
		}
		catch (UnprocessableRequestException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/hotline/calls/" + id;
	}

}
