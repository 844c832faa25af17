package org.fangkong.volunteer;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

	@Query("select t from Team t where t.jurisdictionPath like concat(?1, '%') order by t.kind, t.name, t.id")
	List<Team> findInScope(String scopePath);

	List<Team> findByIdIn(Collection<Long> ids);

}

interface TeamMemberRepository extends JpaRepository<TeamMember, TeamMember.Key> {

	@Query("select m.key.volunteerId from TeamMember m where m.key.teamId = ?1")
	List<Long> findVolunteerIds(long teamId);

	@Modifying
	@Query("delete from TeamMember m where m.key.teamId = ?1")
	int deleteByTeam(long teamId);

	@Query("select m.key.teamId, count(m) from TeamMember m where m.key.teamId in ?1 group by m.key.teamId")
	List<Object[]> countByTeams(Collection<Long> teamIds);

}

/** A member of a team. */
@Entity
@Table(name = "volunteer_team_member")
class TeamMember {

	@EmbeddedId
	private Key key;

	protected TeamMember() {
	}

	TeamMember(long teamId, long volunteerId) {
		this.key = new Key(teamId, volunteerId);
	}

	/** The member's key: team and volunteer. */
	@Embeddable
	record Key(long teamId, long volunteerId) implements java.io.Serializable {

	}

}
