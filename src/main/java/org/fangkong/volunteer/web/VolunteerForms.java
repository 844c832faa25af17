package org.fangkong.volunteer.web;

import java.util.ArrayList;
import java.util.List;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;

import org.springframework.validation.BindingResult;

/** What the reserve's and the teams' forms share. */
final class VolunteerForms {

	private VolunteerForms() {
	}

	/**
	 * Each broken rule under its field (the whole form's when the form has no such
	 * field).
	 */
	static void reject(BindingResult result, InvalidInputException ex) {
		for (InvalidInputException.Violation v : ex.violations()) {
			String field = v.field();
			if (field != null && hasField(result, field)) {
				result.rejectValue(field, v.messageKey(), v.args(), v.messageKey());
			}
			else {
				result.reject(v.messageKey(), v.args(), v.messageKey());
			}
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		try {
			result.getFieldValue(field);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * The nodes a record may belong to: the actor's own node, then the townships and
	 * grids inside their jurisdiction.
	 */
	static List<JurisdictionView> places(Jurisdictions jurisdictions, Actor actor) {
		List<JurisdictionView> places = new ArrayList<>();
		places.add(jurisdictions.scopeRootOf(actor));
		jurisdictions.townshipsAndGrids()
			.stream()
			.filter((n) -> n.id() != actor.jurisdictionId() && jurisdictions.covers(actor, n.id()))
			.forEach(places::add);
		return places;
	}

	/** The places, with the node a record has now when it is not among them. */
	static List<JurisdictionView> places(Jurisdictions jurisdictions, Actor actor, Long current) {
		List<JurisdictionView> places = places(jurisdictions, actor);
		if (current != null && places.stream().noneMatch((n) -> n.id() == current)
				&& jurisdictions.covers(actor, current)) {
			jurisdictions.find(current).ifPresent(places::add);
		}
		return places;
	}

}
