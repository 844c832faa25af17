package org.fangkong.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.ContactTracing;
import org.fangkong.shared.Actor;
import org.fangkong.shared.NotFoundException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chains of transmission (issue #13 item 4): the cases opened in a date range inside
 * the investigator's jurisdiction (or one township of it) and their accepted contacts as
 * a graph. A node is a person (a case, or a contact who is not a case); a link goes from
 * a case to each of its contacts, with the exposure type and the last exposure, so a
 * contact confirmed later is the next generation. At most {@link #LIMIT} cases.
 */
@Service
@Transactional(readOnly = true)
public class Chains {

	static final int LIMIT = 300;

	private final CaseAccess access;

	private final NamedParameterJdbcTemplate jdbc;

	private final Jurisdictions jurisdictions;

	private final ContactTracing tracing;

	private final AuditTrail audit;

	private final Clock clock;

	Chains(CaseAccess access, NamedParameterJdbcTemplate jdbc, Jurisdictions jurisdictions, ContactTracing tracing,
			AuditTrail audit, Clock clock) {
		this.access = access;
		this.jdbc = jdbc;
		this.jurisdictions = jurisdictions;
		this.tracing = tracing;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The graph of the cases opened from {@code from} to {@code until} (local dates, both
	 * counted; the last 30 days by default) under {@code townshipId} (the whole
	 * jurisdiction when null; outside it 404).
	 */
	public Chain chain(Actor actor, LocalDate from, LocalDate until, Long townshipId) {
		this.access.requireInvestigator(actor);
		String path = this.access.scopePath(actor);
		if (townshipId != null) {
			if (!this.jurisdictions.covers(actor, townshipId)) {
				throw new NotFoundException("jurisdiction", townshipId);
			}
			path = this.jurisdictions.pathOf(townshipId);
		}
		ZoneId zone = this.clock.getZone();
		LocalDate last = (until != null) ? until : LocalDate.now(this.clock);
		LocalDate first = (from != null) ? from : last.minusDays(30);
		MapSqlParameterSource params = new MapSqlParameterSource("path", path + "%")
			.addValue("from", Timestamp.from(first.atStartOfDay(zone).toInstant()))
			.addValue("to", Timestamp.from(last.plusDays(1).atStartOfDay(zone).toInstant()))
			.addValue("limit", LIMIT);
		Map<Long, CaseRow> cases = new LinkedHashMap<>();
		this.jdbc.query("select id, person_id, classification, opened_at, source_case_id from case_file"
				+ " where grid_path like :path and opened_at >= :from and opened_at < :to order by opened_at, id"
				+ " limit :limit", params, (rs) -> {
					cases.put(rs.getLong(1), new CaseRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
							rs.getTimestamp(4).toInstant().atZone(zone).toLocalDate()));
				});
		List<Link> links = new ArrayList<>();
		Set<Long> persons = new LinkedHashSet<>();
		cases.values().forEach((c) -> persons.add(c.personId()));
		if (!cases.isEmpty()) {
			this.jdbc.query(
					"select k.case_id, k.person_id, k.exposure_type, k.last_exposure, f.person_id"
							+ " from case_contact k join case_file f on f.id = k.case_id"
							+ " where k.case_id = any(:ids) and k.status = 'ACCEPTED' order by k.id",
					new MapSqlParameterSource("ids", cases.keySet().toArray(new Long[0])), (rs) -> {
						persons.add(rs.getLong(2));
						links.add(new Link("p" + rs.getLong(5), "p" + rs.getLong(2), rs.getString(3),
								rs.getDate(4).toLocalDate()));
					});
		}
		Map<Long, CaseRow> caseOfPerson = new LinkedHashMap<>();
		cases.values().forEach((c) -> caseOfPerson.put(c.personId(), c));
		Map<Long, ContactTracing.PersonRef> people = this.tracing.persons(persons);
		List<Node> nodes = new ArrayList<>();
		for (long person : persons) {
			CaseRow row = caseOfPerson.get(person);
			ContactTracing.PersonRef ref = people.get(person);
			nodes.add(new Node("p" + person, person, (row != null) ? row.id() : null, CaseViews.name(ref),
					(row != null) ? row.classification() : "CONTACT", (row != null) ? row.opened() : null));
		}
		this.audit.record(CaseAudit.CHAINS_READ, "chain", null, AuditTrail.SUCCESS,
				first + ".." + last + " " + path + " " + cases.size() + " cases");
		return new Chain(first, last, townshipId, nodes, links);
	}

	private record CaseRow(long id, long personId, String classification, LocalDate opened) {

	}

	/**
	 * A person in the graph.
	 *
	 * @param caseId the person's case, null for a contact who is not a case
	 * @param category the case's classification, or CONTACT
	 */
	public record Node(String id, long personId, Long caseId, String name, String category, LocalDate opened) {

	}

	/** Who exposed whom, how, and the last day. */
	public record Link(String source, String target, String exposureType, LocalDate lastExposure) {

	}

	public record Chain(LocalDate from, LocalDate until, Long townshipId, List<Node> nodes, List<Link> links) {

	}

}
