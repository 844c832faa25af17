package org.fangkong.volunteer;

import java.util.List;
import java.util.Set;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds volunteers, teams and prevention units without an actor, marked as demo data: for
 * the demo module only (the {@code seeding} interface).
 */
@Service
@NamedInterface("seeding")
@Transactional
public class VolunteerSeeding {

	private final Volunteers volunteers;

	private final Teams teams;

	private final VolunteerRepository rows;

	VolunteerSeeding(Volunteers volunteers, Teams teams, VolunteerRepository rows) {
		this.volunteers = volunteers;
		this.teams = teams;
		this.rows = rows;
	}

	/** Adds demo volunteers; answers how many. */
	public int addVolunteers(List<NewVolunteer> people) {
		return this.volunteers.addAll(people, true);
	}

	/** The ids of the demo volunteers of a node and below, by name. */
	public List<Long> idsUnder(String path) {
		return this.rows.findAllInScope(path).stream().map(Volunteer::getId).toList();
	}

	/** The volunteer record of a user account, if any. */
	public java.util.Optional<Long> idOfUser(long userId) {
		return this.rows.findByUserId(userId).map(Volunteer::getId);
	}

	/** Forms a demo team. */
	public long addTeam(String name, TeamKind kind, Long leaderId, Set<Long> memberIds, long jurisdictionId) {
		return this.teams.save(name, kind, leaderId, memberIds, jurisdictionId, true).id();
	}

	/** Assigns a building or quarter to a work unit, served by a team. */
	public void assignUnit(long nodeId, long workUnitId, long teamId) {
		this.teams.assign(nodeId, workUnitId, teamId, "demo");
	}

}
