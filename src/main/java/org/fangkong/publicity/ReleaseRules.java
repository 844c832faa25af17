package org.fangkong.publicity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangkong.shared.Actor;
import org.fangkong.shared.FieldRules;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.Role;

/**
 * The rules of releases (R-PUB-1, R-PUB-2): who reads, writes and decides them —
 * publicity officers write, only commanders approve or reject, both read — and what a
 * draft must hold (a title, a body of several lines, at least one known channel). Every
 * broken rule of a draft is reported at once.
 */
final class ReleaseRules {

	private ReleaseRules() {
	}

	static void requireReader(Actor actor) {
		if (!actor.hasAny(Role.PUBLICITY_OFFICER, Role.COMMANDER)) {
			throw new ForbiddenException("releases are for publicity officers and commanders");
		}
	}

	static void requireAuthor(Actor actor) {
		if (!actor.has(Role.PUBLICITY_OFFICER)) {
			throw new ForbiddenException("only publicity officers write releases");
		}
	}

	static void requireCommander(Actor actor) {
		if (!actor.has(Role.COMMANDER)) {
			// R-PUB-2: nothing is released before a commander approves it
			throw new ForbiddenException("only commanders approve releases");
		}
	}

	static Valid check(ReleaseRequest request) {
		List<Violation> violations = new ArrayList<>();
		String title = FieldRules.text(request.title(), "title", 200, true, violations);
		String body = longText(request.body(), "body", 20000, true, violations);
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		if (request.channels() == null || request.channels().isEmpty()) {
			violations.add(new Violation("channels", "validation.required"));
		}
		else {
			for (String channel : request.channels()) {
				Channel parsed = FieldRules.oneOf(Channel.class, "channels", channel, true, violations);
				if (parsed != null) {
					channels.add(parsed);
				}
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Valid(title, body, channels);
	}

	/**
	 * A text of several lines: like {@link FieldRules#text} but line breaks and tabs are
	 * allowed.
	 */
	static String longText(String value, String field, int max, boolean required, List<Violation> violations) {
		String stripped = (value != null) ? value.strip().replace("\r\n", "\n") : null;
		if (stripped == null || stripped.isEmpty()) {
			if (required) {
				violations.add(new Violation(field, "validation.required"));
			}
			return null;
		}
		if (stripped.length() > max) {
			violations.add(new Violation(field, "validation.maxLength", max));
			return null;
		}
		if (stripped.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
			violations.add(new Violation(field, "validation.invalid"));
			return null;
		}
		return stripped;
	}

	record Valid(String title, String body, Set<Channel> channels) {

		String channelText() {
			return this.channels.stream().map(Channel::name).collect(Collectors.joining(","));
		}

	}

}
