package org.fangkong.shared.platform;

import java.util.Collection;
import java.util.Map;

/**
 * People's names as users read them (issue #8 item 8): the display name of an account
 * ("铁力镇 网格员 李娜") rather than its username. A module that stores who did something by
 * username (the audit trail, a history, a referral) asks this when it shows it.
 * Implemented by {@code identity}.
 */
public interface DisplayNames {

	/**
	 * The display names of the given usernames; a username without an account (deleted,
	 * or "system") is absent from the answer.
	 */
	Map<String, String> of(Collection<String> usernames);

	/** The display name of one username, or the username itself when unknown. */
	default String of(String username) {
		return (username == null) ? null : of(java.util.List.of(username)).getOrDefault(username, username);
	}

}
