package org.fangkong.party;

import org.fangkong.organisation.Organisation;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the party organisation: commanders and HQ staff read branches,
 * funds and commendations; commanders and the organisation group (组织组: the HQ staff of
 * the working group {@code fangkong.party.organisation-group}, by default WG01) keep them
 * and alone read and write the notes on cadres.
 */
@Component
public class PartyAccess {

	private final Organisation organisation;

	private final String groupCode;

	PartyAccess(Organisation organisation, @Value("${fangkong.party.organisation-group:WG01}") String groupCode) {
		this.organisation = organisation;
		this.groupCode = groupCode;
	}

	public boolean reads(Actor actor) {
		return actor.hasAny(Role.COMMANDER, Role.HQ_STAFF);
	}

	/** Commanders and the organisation group. */
	public boolean keeps(Actor actor) {
		if (actor.has(Role.COMMANDER)) {
			return true;
		}
		return actor.has(Role.HQ_STAFF) && actor.workingGroupId() != null
				&& this.organisation.workingGroup(actor.workingGroupId())
					.map((g) -> g.code().equals(this.groupCode))
					.orElse(false);
	}

	void requireReader(Actor actor) {
		if (!reads(actor)) {
			throw new ForbiddenException("the party organisation is for commanders and HQ staff");
		}
	}

	void requireKeeper(Actor actor) {
		if (!keeps(actor)) {
			throw new ForbiddenException("only commanders and the organisation group keep the party records");
		}
	}

}
