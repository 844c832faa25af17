package org.fangkong.roster.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.fangkong.roster.RosterChanges;
import org.fangkong.roster.RosterSwaps;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.UnprocessableRequestException;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changes to a published roster on its page and on "my shifts" (issue #11 item 5):
 * re-plan from a date, request a swap, approve or refuse one. A refusal by the rules
 * comes back as the messages of the broken rules.
 */
@Controller
class RosterChangesPageController {

	private final RosterChanges changes;

	private final RosterSwaps swaps;

	private final MessageSource messages;

	RosterChangesPageController(RosterChanges changes, RosterSwaps swaps, MessageSource messages) {
		this.changes = changes;
		this.swaps = swaps;
		this.messages = messages;
	}

	@PostMapping("/rosters/{id}/replan")
	String replan(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			RedirectAttributes redirect, Locale locale) {
		return done(redirect, locale, "roster.replanStarted", () -> this.changes.replan(CurrentActor.get(), id, from),
				"redirect:/rosters/" + id);
	}

	@PostMapping("/rosters/{id}/swaps")
	String request(@PathVariable long id, @RequestParam long assignmentId, @RequestParam long otherAssignmentId,
			RedirectAttributes redirect, Locale locale) {
		return done(redirect, locale, "roster.swapRequested",
				() -> this.swaps.request(CurrentActor.get(), id, assignmentId, otherAssignmentId),
				"redirect:/rosters/" + id);
	}

	@PostMapping("/rosters/{id}/swaps/{swapId}/approve")
	String approve(@PathVariable long id, @PathVariable long swapId, RedirectAttributes redirect, Locale locale) {
		return done(redirect, locale, "roster.swapApproved", () -> this.swaps.approve(CurrentActor.get(), id, swapId),
				"redirect:/rosters/" + id);
	}

	@PostMapping("/rosters/{id}/swaps/{swapId}/refuse")
	String refuse(@PathVariable long id, @PathVariable long swapId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Locale locale) {
		return done(redirect, locale, "roster.swapRefused",
				() -> this.swaps.refuse(CurrentActor.get(), id, swapId, reason), "redirect:/rosters/" + id);
	}

	@PostMapping("/my-shifts/swap")
	String requestMine(@RequestParam long rosterId, @RequestParam long assignmentId,
			@RequestParam long otherAssignmentId, RedirectAttributes redirect, Locale locale) {
		return done(redirect, locale, "roster.swapRequested",
				() -> this.swaps.request(CurrentActor.get(), rosterId, assignmentId, otherAssignmentId),
				"redirect:/my-shifts");
	}

	private String done(RedirectAttributes redirect, Locale locale, String success, Runnable change, String target) {
		try {
			change.run();
			redirect.addFlashAttribute("message", success);
		}
		catch (InvalidInputException ex) {
			List<String> problems = ex.violations()
				.stream()
				.map((v) -> this.messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale))
				.toList();
			redirect.addFlashAttribute("problems", problems);
		}
		catch (UnprocessableRequestException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return target;
	}

}
