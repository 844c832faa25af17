package org.fangkong.screening;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.Ledger.LedgerFilter;
import org.fangkong.screening.ScreeningViews.Row;
import org.fangkong.shared.Actor;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.PersonalDataProtection;

import org.springframework.stereotype.Component;

/**
 * The ledger's rows in SQL (R-SCR-2, SECURITY.md AC2, IN3): inside the actor's
 * jurisdiction by the indexed path of the grid, filtered, sorted by an allow-listed
 * column, searched by name or keyed hashes ({@link LedgerSearch}), and cut to the rows
 * asked for — after a keyset cursor or from an offset.
 */
@Component
class LedgerQuery {

	private final EntityManager entityManager;

	private final Jurisdictions jurisdictions;

	private final PersonalDataProtection protection;

	LedgerQuery(EntityManager entityManager, Jurisdictions jurisdictions, PersonalDataProtection protection) {
		this.entityManager = entityManager;
		this.jurisdictions = jurisdictions;
		this.protection = protection;
	}

	/**
	 * At most {@code limit} rows from {@code offset}, or after the filter's cursor when
	 * it has one. A node outside the actor's scope is not found.
	 */
	List<Row> rows(Actor actor, LedgerFilter filter, int offset, int limit) {
		String scope;
		if (filter.nodeId() != null) {
			if (!this.jurisdictions.covers(actor, filter.nodeId())) {
				throw new NotFoundException("jurisdiction", filter.nodeId());
			}
			scope = this.jurisdictions.pathOf(filter.nodeId());
		}
		else {
			scope = this.jurisdictions.scopePath(actor);
		}
		LedgerSort sort = LedgerSort.of(filter.sort());
		LedgerCursor after = (filter.after() != null && !filter.after().isBlank())
				? LedgerCursor.decode(filter.after(), sort, filter.ascending()) : null;
		LedgerSearch search = LedgerSearch.of(filter.q(), this.protection::lookupHash);
		// W4: a page by number reads the ids of its rows first, from the screenings alone
		// (an index-only scan skips the rows before it), then those rows with their
		// persons;
		// the name sort and a search need the persons to order or filter.
		boolean idsFirst = after == null && offset > 0 && search == null && sort != LedgerSort.NAME;
		StringBuilder jpql = new StringBuilder(idsFirst ? "select s.id from Screening s where s.gridPath like :scope"
				: "select s, p from Screening s, Person p where p.id = s.personId and s.gridPath like :scope");
		// Issue #8 item 1: a duplicate merged into another screening is not listed.
		jpql.append(" and s.mergedInto is null");
		if (filter.originClass() != null) {
			jpql.append(" and s.originClass = :origin");
		}
		if (filter.measure() != null) {
			jpql.append(" and s.measure = :measure");
		}
		if (filter.status() != null) {
			jpql.append(" and s.status = :status");
		}
		if (filter.arrivedFrom() != null) {
			jpql.append(" and s.arrivalDate >= :from");
		}
		if (filter.arrivedTo() != null) {
			jpql.append(" and s.arrivalDate <= :to");
		}
		if (search != null) {
			jpql.append(" and ").append(search.predicate());
		}
		if (after != null) {
			jpql.append(" and ").append(after.predicate());
		}
		jpql.append(" order by ")
			.append(sort.expression())
			.append(filter.ascending() ? " asc" : " desc")
			.append(", s.id desc");
		Class<?> type = idsFirst ? Long.class : Object[].class;
		TypedQuery<?> query = this.entityManager.createQuery(jpql.toString(), type);
		// Paths hold digits and slashes only: nothing to escape for LIKE.
		query.setParameter("scope", scope + "%");
		if (filter.originClass() != null) {
			query.setParameter("origin", filter.originClass());
		}
		if (filter.measure() != null) {
			query.setParameter("measure", filter.measure());
		}
		if (filter.status() != null) {
			query.setParameter("status", filter.status());
		}
		if (filter.arrivedFrom() != null) {
			query.setParameter("from", filter.arrivedFrom());
		}
		if (filter.arrivedTo() != null) {
			query.setParameter("to", filter.arrivedTo());
		}
		if (search != null) {
			search.bind(query);
		}
		if (after != null) {
			if (after.value() != null) {
				query.setParameter("afterValue", after.value());
			}
			query.setParameter("afterId", after.id());
		}
		query.setFirstResult((after != null) ? 0 : offset).setMaxResults(limit);
		if (idsFirst) {
			return rowsOf(query.getResultList().stream().map(Long.class::cast).toList());
		}
		return query.getResultStream().map((row) -> {
			Object[] pair = (Object[]) row;
			return new Row((Screening) pair[0], (Person) pair[1]);
		}).toList();
	}

	/** The rows of these screening ids with their persons, in the order of the ids. */
	private List<Row> rowsOf(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		java.util.Map<Long, Row> byId = new java.util.HashMap<>();
		this.entityManager
			.createQuery("select s, p from Screening s, Person p where p.id = s.personId and s.id in :ids",
					Object[].class)
			.setParameter("ids", ids)
			.getResultStream()
			.forEach((pair) -> byId.put(((Screening) pair[0]).getId(), new Row((Screening) pair[0], (Person) pair[1])));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	/** The cursor after a row, in the filter's sort. */
	static String cursorAfter(LedgerFilter filter, Row row) {
		return LedgerCursor.after(LedgerSort.of(filter.sort()), filter.ascending(), row.screening(), row.person())
			.encode();
	}

}
