package org.fangkong.screening;

import java.time.LocalDate;
import java.util.List;

import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.screening.ScreeningViews.Row;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.OriginClass;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger (工作台账, R-SCR-2) per grid, township and city: filtered, sorted by an
 * allow-list of columns and paged in SQL inside the actor's jurisdiction (SECURITY.md
 * AC2, IN3), a page at a time. Its export and import are {@link LedgerExport} and
 * {@link LedgerImport}.
 */
@Service
@Transactional(readOnly = true)
public class Ledger {

	static final int MAX_PAGE_SIZE = 200;

	/**
	 * The highest page number asked by number (deeper pages: the {@code after} cursor).
	 */
	static final int MAX_PAGE = 10_000;

	private final LedgerQuery query;

	private final ScreeningViews views;

	private final AuditTrail audit;

	Ledger(LedgerQuery query, ScreeningViews views, AuditTrail audit) {
		this.query = query;
		this.views = views;
		this.audit = audit;
	}

	/**
	 * One page of the ledger. {@code hasNext} comes from reading one row more, never from
	 * counting the table; {@code next} is the keyset cursor of the following page (pass
	 * it as {@code after}), null on the last. Without a cursor the page is read from its
	 * number. Only the page's rows are decrypted, in a fixed number of queries.
	 */
	public LedgerPage page(Actor actor, LedgerFilter filter) {
		ScreeningAccess.requireRole(actor, ScreeningAccess.READERS);
		if (filter.page() < 0 || filter.page() > MAX_PAGE) {
			// issue #9 item 8: a 400 naming the parameter, never an overflowing offset
			throw InvalidInputException.of("page", "validation.page", MAX_PAGE);
		}
		int size = Math.min(Math.max(filter.size(), 1), MAX_PAGE_SIZE);
		int page = filter.page();
		List<Row> rows = this.query.rows(actor, filter, page * size, size + 1);
		boolean hasNext = rows.size() > size;
		List<Row> shown = hasNext ? rows.subList(0, size) : rows;
		String next = hasNext ? LedgerQuery.cursorAfter(filter, shown.get(size - 1)) : null;
		if (filter.searches() || (actor.seesFullIdentifiers() && !shown.isEmpty())) {
			// AL1, UP6 (issue #9 item 5): a search, and every page that carries full ID
			// numbers and phones, is audited with the filter and the row count, never
			// with
			// what was searched for.
			this.audit.record(AuditAction.SEARCH, "screening", null, AuditTrail.SUCCESS,
					"ledger " + filter.describe() + " page=" + page + " found=" + shown.size());
		}
		return new LedgerPage(this.views.toViews(shown, actor), page, size, hasNext, next);
	}

	/**
	 * What the ledger shows: optional node (a grid or township inside the scope), origin
	 * class, measure, status, arrival dates; a sort column (arrivalDate, measureEnd,
	 * name, createdAt, status); a page by number, or the page after a cursor
	 * ({@code after}, from {@link LedgerPage#next()}); a search {@code q} (name, ID
	 * number or its last 4 or 6 characters, phone: {@link LedgerSearch}).
	 */
	public record LedgerFilter(Long nodeId, OriginClass originClass, Measure measure, ScreeningStatus status,
			LocalDate arrivedFrom, LocalDate arrivedTo, String sort, boolean ascending, int page, int size,
			String after, String q) {

		public static LedgerFilter all() {
			return new LedgerFilter(null, null, null, null, null, null, null, false, 0, 50, null, null);
		}

		boolean searches() {
			return this.q != null && !this.q.isBlank();
		}

		/**
		 * The filter for the audit: never what was searched for (AL1: no personal data).
		 */
		String describe() {
			return "node=" + this.nodeId + " origin=" + this.originClass + " measure=" + this.measure + " status="
					+ this.status + " from=" + this.arrivedFrom + " to=" + this.arrivedTo + " sort=" + this.sort
					+ (this.ascending ? " asc" : " desc") + " search=" + (searches() ? "yes" : "no");
		}

	}

	/**
	 * A page of the ledger; {@code next} is the cursor of the following page, null when
	 * there is none.
	 */
	public record LedgerPage(List<Screenings.ScreeningView> content, int page, int size, boolean hasNext, String next) {

	}

}
