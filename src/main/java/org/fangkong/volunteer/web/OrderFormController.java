package org.fangkong.volunteer.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.volunteer.Dispatch;
import org.fangkong.volunteer.DispatchQueries;
import org.fangkong.volunteer.NewOrder;
import org.fangkong.volunteer.Teams;
import org.fangkong.volunteer.VolunteerPicker;
import org.fangkong.volunteer.VolunteerSkill;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The HQ board and its form to issue an order (issue #15 items 3 and 5): the place a node
 * or a point (typed, or a tap on the map), the target a team, an echelon or named people
 * found by name or proposed by the platform. A broken rule is shown under its field and
 * nothing is issued.
 */
@Controller
class OrderFormController {

	private final Dispatch dispatch;

	private final DispatchQueries queries;

	private final VolunteerPicker picker;

	private final Teams teams;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	private final String tileUrl;

	OrderFormController(Dispatch dispatch, DispatchQueries queries, VolunteerPicker picker, Teams teams,
			Jurisdictions jurisdictions, Clock clock, @Value("${fangkong.map.tile-url:}") String tileUrl) {
		this.tileUrl = tileUrl.strip();
		this.dispatch = dispatch;
		this.queries = queries;
		this.picker = picker;
		this.teams = teams;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	@GetMapping("/volunteers")
	String board(Model model) {
		OrderForm form = new OrderForm();
		LocalDateTime start = LocalDateTime.now(this.clock).plusHours(1).withSecond(0).withNano(0);
		form.setFrom(start);
		form.setTo(start.plusHours(4));
		model.addAttribute("form", form);
		return board(CurrentActor.get(), form, model);
	}

	@PostMapping("/volunteers/orders")
	String issue(@ModelAttribute("form") OrderForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		if (result.hasErrors()) {
			return board(actor, form, model);
		}
		List<Violation> violations = new ArrayList<>();
		Double latitude = coordinate(form.getLatitude(), "latitude", 90, form.atPoint(), violations);
		Double longitude = coordinate(form.getLongitude(), "longitude", 180, form.atPoint(), violations);
		Long node = null;
		if (form.getJurisdictionId() == null || form.getJurisdictionId().isBlank()) {
			node = actor.jurisdictionId();
		}
		else if (!form.atPoint()) {
			node = parseId(form.getJurisdictionId(), "jurisdictionId", violations);
		}
		String target = (form.getTarget() != null) ? form.getTarget() : "";
		Long teamId = target.startsWith("team:") ? parseId(target.substring(5), "target", violations) : null;
		Long echelon = target.startsWith("echelon:") ? parseId(target.substring(8), "target", violations) : null;
		List<Long> people = form.toPeople() ? form.getVolunteerIds() : List.of();
		if (form.toPeople() && people.isEmpty()) {
			violations.add(new Violation("volunteerIds", "order.validation.people"));
		}
		try {
			if (!violations.isEmpty()) {
				throw new InvalidInputException(violations);
			}
			Dispatch.Issued issued = this.dispatch.issue(actor,
					new NewOrder(form.getTask(), node, form.atPoint() ? latitude : null,
							form.atPoint() ? longitude : null, instant(form.getFrom()), instant(form.getTo()),
							form.getNeeded(), form.getSkills(), teamId, (echelon != null) ? echelon.intValue() : null,
							people));
			redirect.addFlashAttribute("message", "order.done.issued");
			return "redirect:/volunteers/orders/" + issued.id();
		}
		catch (InvalidInputException ex) {
			VolunteerForms.reject(result, renamed(ex));
			return board(actor, form, model);
		}
	}

	/**
	 * The people to choose for an order (a fragment of the board's form): those already
	 * chosen, then a page of the people found by name or the platform's proposals for the
	 * skills and window on the form.
	 */
	@GetMapping("/volunteers/orders/people")
	String people(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "false") boolean propose,
			@RequestParam(required = false) List<Long> volunteerIds,
			@RequestParam(required = false) Set<VolunteerSkill> skills,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
			Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("chosen", this.picker.chosen(actor, volunteerIds));
		if (propose) {
			Instant start = (from != null) ? instant(from) : Instant.now(this.clock);
			Instant end = (to != null && to.isAfter(from != null ? from : LocalDateTime.MIN)) ? instant(to)
					: start.plusSeconds(4 * 3600);
			model.addAttribute("found", this.picker.propose(actor, skills, start, end));
		}
		else {
			VolunteerPicker.ChoicePage found = this.picker.search(actor, q, page);
			model.addAttribute("found", found.items());
			model.addAttribute("page", found.page());
			model.addAttribute("hasNext", found.hasNext());
		}
		model.addAttribute("q", q);
		model.addAttribute("propose", propose);
		return "volunteer/order-people :: people";
	}

	private String board(Actor actor, OrderForm form, Model model) {
		model.addAttribute("board", this.queries.board(actor));
		model.addAttribute("teams", this.teams.list(actor));
		List<JurisdictionView> places = VolunteerForms.places(this.jurisdictions, actor);
		model.addAttribute("places", places);
		model.addAttribute("placePoints",
				places.stream()
					.filter((p) -> p.latitude() != null && p.longitude() != null)
					.map((p) -> p.name().replace('|', ' ').replace(';', ' ') + "|" + p.latitude() + "|" + p.longitude())
					.collect(Collectors.joining(";")));
		model.addAttribute("tileUrl", this.tileUrl);
		model.addAttribute("skills", VolunteerSkill.values());
		model.addAttribute("chosen", this.picker.chosen(actor, form.getVolunteerIds()));
		model.addAttribute("zone", this.clock.getZone());
		return "volunteer/board";
	}

	private Instant instant(LocalDateTime local) {
		return (local != null) ? local.atZone(this.clock.getZone()).toInstant() : null;
	}

	/** The service's fields as the form names them. */
	private static InvalidInputException renamed(InvalidInputException ex) {
		return new InvalidInputException(ex.violations().stream().map((v) -> {
			String field = switch (String.valueOf(v.field())) {
				case "teamId", "echelon" -> "target";
				default -> v.field();
			};
			return new Violation(field, v.messageKey(), v.args());
		}).toList());
	}

	private static Double coordinate(String text, String field, double limit, boolean required,
			List<Violation> violations) {
		if (text == null || text.isBlank()) {
			if (required) {
				violations.add(new Violation(field, "validation.required"));
			}
			return null;
		}
		try {
			double value = Double.parseDouble(text.strip());
			if (Double.isFinite(value) && Math.abs(value) <= limit) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// explained below
		}
		if (required) {
			violations.add(new Violation(field, "order.validation.coordinate", -limit, limit));
		}
		return null;
	}

	private static Long parseId(String text, String field, List<Violation> violations) {
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			violations.add(new Violation(field, "validation.unknown"));
			return null;
		}
	}

}
