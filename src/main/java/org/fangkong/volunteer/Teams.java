package org.fangkong.volunteer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.organisation.Organisation;
import org.fangkong.shared.Actor;
import org.fangkong.shared.FieldRules;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams and prevention units (issue #15 item 2, R-VOL-3, R-GRID-3): village work teams,
 * assault teams and community screening groups, each with a leader and members of the
 * reserve; residential buildings and quarters assigned to a work unit and served by a
 * team. Kept by the HQ and townships inside their jurisdiction; out of scope is 404.
 */
@Service
@Transactional(readOnly = true)
public class Teams {

	private final TeamRepository teams;

	private final TeamMemberRepository members;

	private final PreventionUnitRepository units;

	private final Volunteers volunteers;

	private final Jurisdictions jurisdictions;

	private final Organisation organisation;

	private final Clock clock;

	Teams(TeamRepository teams, TeamMemberRepository members, PreventionUnitRepository units, Volunteers volunteers,
			Jurisdictions jurisdictions, Organisation organisation, Clock clock) {
		this.teams = teams;
		this.members = members;
		this.units = units;
		this.volunteers = volunteers;
		this.jurisdictions = jurisdictions;
		this.organisation = organisation;
		this.clock = clock;
	}

	/** The teams of the actor's jurisdiction, by kind and name. */
	public List<TeamView> list(Actor actor) {
		VolunteerAccess.requireDispatcher(actor);
		List<Team> rows = this.teams.findInScope(this.jurisdictions.scopePath(actor));
		Map<Long, Long> counts = new HashMap<>();
		if (!rows.isEmpty()) {
			this.members.countByTeams(rows.stream().map(Team::getId).toList())
				.forEach((row) -> counts.put((Long) row[0], (Long) row[1]));
		}
		Map<Long, String> leaders = this.volunteers.namesOf(
				rows.stream().map(Team::getLeaderId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		return rows.stream().map((t) -> view(t, leaders, counts.getOrDefault(t.getId(), 0L))).toList();
	}

	/** One team with its members and the prevention units it serves. */
	public TeamDetail get(Actor actor, long id) {
		Team team = load(actor, id);
		List<Long> memberIds = this.members.findVolunteerIds(id);
		LocalDate today = LocalDate.now(this.clock);
		List<Volunteers.VolunteerView> people = this.volunteers.inScope(actor, memberIds)
			.values()
			.stream()
			.map((v) -> this.volunteers.view(v, today, false))
			.sorted(java.util.Comparator.comparing(Volunteers.VolunteerView::name))
			.toList();
		Map<Long, String> leader = this.volunteers
			.namesOf((team.getLeaderId() != null) ? Set.of(team.getLeaderId()) : Set.of());
		Map<Long, String> workUnits = this.organisation.units()
			.stream()
			.collect(Collectors.toMap(Organisation.WorkUnitView::id, Organisation.WorkUnitView::name));
		List<PreventionUnitView> served = this.units.findByTeamIdOrderById(id)
			.stream()
			.map((u) -> new PreventionUnitView(u.getId(), u.getJurisdictionId(),
					this.jurisdictions.find(u.getJurisdictionId()).map(JurisdictionView::name).orElse("?"),
					u.getWorkUnitId(), workUnits.getOrDefault(u.getWorkUnitId(), "?"), id))
			.toList();
		return new TeamDetail(view(team, leader, people.size()), people, served);
	}

	/**
	 * What a team's forms offer: as members and leader, the volunteers of its township
	 * (the reserve is registered by township, a team serves a village or community of it)
	 * or, for a team above the townships, of its node, and its present members; the
	 * buildings and quarters under its node; the work units.
	 */
	public TeamChoices choices(Actor actor, long id) {
		Team team = load(actor, id);
		long pool = this.jurisdictions.breadcrumbsUnscoped(team.getJurisdictionId())
			.stream()
			.filter((n) -> n.kind() == NodeKind.TOWNSHIP && this.jurisdictions.covers(actor, n.id()))
			.map(JurisdictionView::id)
			.findFirst()
			.orElse(team.getJurisdictionId());
		Set<Long> below = Set.copyOf(this.jurisdictions.subtreeIds(team.getJurisdictionId()));
		List<JurisdictionView> buildings = this.jurisdictions.visibleNodes(actor)
			.stream()
			.filter((n) -> n.kind() == NodeKind.BUILDING && below.contains(n.id()))
			.toList();
		return new TeamChoices(this.volunteers.under(actor, pool, this.members.findVolunteerIds(id)), buildings,
				this.organisation.units());
	}

	/** Forms a team inside the actor's jurisdiction; the leader is one of its members. */
	@Transactional
	public TeamView create(Actor actor, NewTeam input) {
		VolunteerAccess.requireDispatcher(actor);
		Checked team = check(actor, input, actor.jurisdictionId());
		return save(team.name(), input.kind(), input.leaderId(), team.memberIds(), team.node(), false);
	}

	/**
	 * Revises a team of the actor's jurisdiction: name, kind, leader and the members (the
	 * given ones replace the old; the leader is always one of them); without
	 * {@code jurisdictionId} it stays at its node.
	 */
	@Transactional
	public TeamView update(Actor actor, long id, NewTeam input) {
		Team team = load(actor, id);
		Checked valid = check(actor, input, team.getJurisdictionId());
		team.revise(valid.name(), input.kind(), input.leaderId(), valid.node(),
				this.jurisdictions.pathOf(valid.node()));
		this.members.deleteByTeam(id);
		this.members.flush();
		this.members.saveAll(valid.memberIds().stream().map((m) -> new TeamMember(id, m)).toList());
		return view(team, this.volunteers.namesOf((input.leaderId() != null) ? Set.of(input.leaderId()) : Set.of()),
				valid.memberIds().size());
	}

	private Checked check(Actor actor, NewTeam input, long defaultNode) {
		List<Violation> violations = new ArrayList<>();
		String name = FieldRules.text(input.name(), "name", 100, true, violations);
		if (input.kind() == null) {
			violations.add(new Violation("kind", "validation.required"));
		}
		long node = (input.jurisdictionId() != null) ? input.jurisdictionId() : defaultNode;
		if (!this.jurisdictions.covers(actor, node)) {
			violations.add(new Violation("jurisdictionId", "validation.unknown"));
		}
		Set<Long> memberIds = new LinkedHashSet<>(input.memberIds());
		if (input.leaderId() != null) {
			memberIds.add(input.leaderId());
		}
		if (this.volunteers.inScope(actor, memberIds).size() != memberIds.size()) {
			violations.add(new Violation("memberIds", "validation.unknown"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Checked(name, node, memberIds);
	}

	/**
	 * Assigns a residential building or quarter to a work unit, served by this team (a
	 * node already assigned moves to the new unit and team).
	 */
	@Transactional
	public PreventionUnitView assignUnit(Actor actor, long teamId, NewPreventionUnit input) {
		Team team = load(actor, teamId);
		List<Violation> violations = new ArrayList<>();
		JurisdictionView node = null;
		if (input.jurisdictionId() == null) {
			violations.add(new Violation("jurisdictionId", "validation.required"));
		}
		else {
			node = this.jurisdictions.find(input.jurisdictionId())
				.filter((n) -> this.jurisdictions.covers(actor, n.id()))
				.orElse(null);
			if (node == null) {
				violations.add(new Violation("jurisdictionId", "validation.unknown"));
			}
			else if (node.kind() != NodeKind.BUILDING) {
				violations.add(new Violation("jurisdictionId", "team.validation.building"));
			}
		}
		String workUnit = (input.workUnitId() == null) ? null
				: this.organisation.units()
					.stream()
					.filter((u) -> u.id() == input.workUnitId())
					.map(Organisation.WorkUnitView::name)
					.findFirst()
					.orElse(null);
		if (workUnit == null) {
			violations.add(new Violation("workUnitId", "validation.unknown"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		PreventionUnit unit = assign(node.id(), input.workUnitId(), team.getId(), actor.username());
		return new PreventionUnitView(unit.getId(), node.id(), node.name(), input.workUnitId(), workUnit, teamId);
	}

	@Transactional
	TeamView save(String name, TeamKind kind, Long leaderId, Set<Long> memberIds, long node, boolean demo) {
		Team team = this.teams
			.save(new Team(name, kind, leaderId, node, this.jurisdictions.pathOf(node), demo, Instant.now(this.clock)));
		this.members.saveAll(memberIds.stream().map((m) -> new TeamMember(team.getId(), m)).toList());
		return view(team, this.volunteers.namesOf((leaderId != null) ? Set.of(leaderId) : Set.of()), memberIds.size());
	}

	@Transactional
	PreventionUnit assign(long nodeId, long workUnitId, long teamId, String by) {
		Instant now = Instant.now(this.clock);
		PreventionUnit unit = this.units.findByJurisdictionId(nodeId).orElse(null);
		if (unit == null) {
			return this.units
				.save(new PreventionUnit(nodeId, this.jurisdictions.pathOf(nodeId), workUnitId, teamId, by, now));
		}
		unit.assign(workUnitId, teamId, by, now);
		return unit;
	}

	private Team load(Actor actor, long id) {
		VolunteerAccess.requireDispatcher(actor);
		Team team = this.teams.findById(id).orElseThrow(() -> new NotFoundException("team", id));
		if (!team.getJurisdictionPath().startsWith(this.jurisdictions.scopePath(actor))) {
			throw new NotFoundException("team", id);
		}
		return team;
	}

	private TeamView view(Team t, Map<Long, String> leaders, long memberCount) {
		return new TeamView(t.getId(), t.getName(), t.getKind(), t.getLeaderId(),
				(t.getLeaderId() != null) ? leaders.get(t.getLeaderId()) : null, t.getJurisdictionId(),
				this.jurisdictions.find(t.getJurisdictionId()).map(JurisdictionView::name).orElse("?"), memberCount,
				t.isDemo());
	}

	private record Checked(String name, long node, Set<Long> memberIds) {

	}

	/** A team to form. */
	public record NewTeam(String name, TeamKind kind, Long leaderId, List<Long> memberIds, Long jurisdictionId) {

		public NewTeam {
			memberIds = (memberIds != null) ? List.copyOf(memberIds) : List.of();
		}

	}

	/** A building or quarter to assign to a work unit. */
	public record NewPreventionUnit(Long jurisdictionId, Long workUnitId) {

	}

	/** A team. */
	public record TeamView(long id, String name, TeamKind kind, Long leaderId, String leaderName, long jurisdictionId,
			String jurisdictionName, long members, boolean demo) {

	}

	/** A team with its members and the prevention units it serves. */
	public record TeamDetail(TeamView team, List<Volunteers.VolunteerView> members, List<PreventionUnitView> units) {

	}

	/** The choices of a team's forms. */
	public record TeamChoices(List<Volunteers.VolunteerChoice> volunteers, List<JurisdictionView> buildings,
			List<Organisation.WorkUnitView> workUnits) {

	}

	/** A prevention unit (包保单位). */
	public record PreventionUnitView(long id, long jurisdictionId, String nodeName, long workUnitId,
			String workUnitName, long teamId) {

	}

}
