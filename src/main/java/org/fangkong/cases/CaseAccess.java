package org.fangkong.cases;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.organisation.Organisation;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Who sees what of cases (issue #13 item 6): a case's identity only for the HQ medical
 * group (HQ staff of the working group {@code fangkong.cases.medical-group}), medics and
 * commanders, inside their jurisdiction; grid workers and township officers follow the
 * contacts of their own area without the case they came from. Out of scope is a 404.
 */
@Component
@EnableConfigurationProperties(CaseSettings.class)
public class CaseAccess {

	private final Organisation organisation;

	private final Jurisdictions jurisdictions;

	private final CaseFileRepository cases;

	private final CaseSettings settings;

	CaseAccess(Organisation organisation, Jurisdictions jurisdictions, CaseFileRepository cases,
			CaseSettings settings) {
		this.organisation = organisation;
		this.jurisdictions = jurisdictions;
		this.cases = cases;
		this.settings = settings;
	}

	/**
	 * Whether the user investigates cases: commanders, medics and the HQ medical group.
	 */
	public boolean investigates(Actor actor) {
		if (actor.hasAny(Role.COMMANDER, Role.MEDIC)) {
			return true;
		}
		return actor.has(Role.HQ_STAFF) && actor.workingGroupId() != null
				&& this.organisation.workingGroup(actor.workingGroupId())
					.map((g) -> g.code().equals(this.settings.medicalGroup()))
					.orElse(false);
	}

	/** Whether the user follows contacts in their area (without the cases). */
	public boolean follows(Actor actor) {
		return actor.hasAny(Role.GRID_WORKER, Role.TOWNSHIP_OFFICER) || investigates(actor);
	}

	void requireInvestigator(Actor actor) {
		if (!investigates(actor)) {
			throw new ForbiddenException("cases are for commanders, medics and the HQ medical group");
		}
	}

	void requireFollower(Actor actor) {
		if (!follows(actor)) {
			throw new ForbiddenException("contacts are followed by grid workers and township officers");
		}
	}

	/** A case the investigator may see; 404 outside their jurisdiction. */
	CaseFile load(Actor actor, long id) {
		requireInvestigator(actor);
		CaseFile found = this.cases.findById(id).orElseThrow(() -> new NotFoundException("case", id));
		if (!found.getGridPath().startsWith(scopePath(actor))) {
			throw new NotFoundException("case", id);
		}
		return found;
	}

	String scopePath(Actor actor) {
		return this.jurisdictions.scopePath(actor);
	}

	boolean covers(Actor actor, String gridPath) {
		return gridPath.startsWith(scopePath(actor));
	}

}
