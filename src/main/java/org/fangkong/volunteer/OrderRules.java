package org.fangkong.volunteer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.FieldRules;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;

import org.springframework.stereotype.Component;

/**
 * What an order must be before it is issued (issue #15 item 3), and whom it may go to: a
 * task, a place (a node of the issuer's jurisdiction or a point), a time window, how many
 * people, and exactly one target — a team of the jurisdiction, an echelon (today's ages)
 * or named people of the jurisdiction. Every broken rule is reported at once.
 */
@Component
class OrderRules {

	private final Volunteers volunteers;

	private final TeamRepository teams;

	private final TeamMemberRepository members;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	OrderRules(Volunteers volunteers, TeamRepository teams, TeamMemberRepository members, Jurisdictions jurisdictions,
			Clock clock) {
		this.volunteers = volunteers;
		this.teams = teams;
		this.members = members;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	Valid validate(Actor actor, NewOrder input) {
		List<Violation> violations = new ArrayList<>();
		String task = FieldRules.text(input.task(), "task", 200, true, violations);
		long node = actor.jurisdictionId();
		boolean placeIsNode = input.jurisdictionId() != null;
		if (placeIsNode) {
			if (!this.jurisdictions.covers(actor, input.jurisdictionId())) {
				violations.add(new Violation("jurisdictionId", "validation.unknown"));
			}
			node = input.jurisdictionId();
		}
		else if (input.latitude() == null || input.longitude() == null) {
			violations.add(new Violation("jurisdictionId", "order.validation.place"));
		}
		else if (Math.abs(input.latitude()) > 90 || Math.abs(input.longitude()) > 180) {
			violations.add(new Violation("latitude", "validation.invalid"));
		}
		if (input.from() == null) {
			violations.add(new Violation("from", "validation.required"));
		}
		if (input.to() == null) {
			violations.add(new Violation("to", "validation.required"));
		}
		else if (input.from() != null && !input.to().isAfter(input.from())) {
			violations.add(new Violation("to", "validation.window"));
		}
		if (input.needed() == null || input.needed() < 1 || input.needed() > 500) {
			violations.add(new Violation("needed", "validation.range", 1, 500));
		}
		int targets = ((input.teamId() != null) ? 1 : 0) + ((input.echelon() != null) ? 1 : 0)
				+ ((input.volunteerIds() != null && !input.volunteerIds().isEmpty()) ? 1 : 0);
		if (targets != 1) {
			violations.add(new Violation("teamId", "order.validation.target"));
		}
		if (input.echelon() != null
				&& (input.echelon() < 1 || input.echelon() > this.volunteers.echelons().echelons())) {
			violations.add(new Violation("echelon", "validation.range", 1, this.volunteers.echelons().echelons()));
		}
		if (input.teamId() != null && this.teams.findById(input.teamId())
			.filter((t) -> t.getJurisdictionPath().startsWith(this.jurisdictions.scopePath(actor)))
			.isEmpty()) {
			violations.add(new Violation("teamId", "validation.unknown"));
		}
		if (input.volunteerIds() != null && !input.volunteerIds().isEmpty()
				&& this.volunteers.inScope(actor, input.volunteerIds()).size() != Set.copyOf(input.volunteerIds())
					.size()) {
			violations.add(new Violation("volunteerIds", "validation.unknown"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Valid(task, node, placeIsNode, placeIsNode ? null : input.latitude(),
				placeIsNode ? null : input.longitude(), input.from(), input.to(), input.needed(), input.skills(),
				input.teamId(), input.echelon());
	}

	List<Volunteer> candidates(Actor actor, Valid order, List<Long> named) {
		if (order.teamId() != null) {
			return List.copyOf(this.volunteers.inScope(actor, this.members.findVolunteerIds(order.teamId())).values());
		}
		if (order.echelon() != null) {
			LocalDate today = LocalDate.now(this.clock);
			return this.volunteers.allInScope(actor)
				.stream()
				.filter((v) -> this.volunteers.echelons().echelonOf(v.getBirthDate(), today) == order.echelon())
				.toList();
		}
		Map<Long, Volunteer> byId = this.volunteers.inScope(actor, named);
		return named.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
	}

	/** An order that passed the rules. */
	record Valid(String task, long jurisdictionId, boolean placeIsNode, Double latitude, Double longitude, Instant from,
			Instant to, int needed, Set<VolunteerSkill> skills, Long teamId, Integer echelon) {

	}

}
