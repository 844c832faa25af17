package org.fangkong.shared.platform;

import java.util.List;

import org.fangkong.shared.Actor;

/**
 * A module's cards on the home page of the acting user: only those that concern the
 * user's roles, with the figures of their own jurisdiction.
 */
public interface HomeCardContributor {

	List<HomeCard> cards(Actor actor);

}
