package org.fangkong.shared.platform;

import java.time.Instant;
import java.util.Set;

/**
 * What a {@link FigureContributor} counts for (issue #10 item 1): the jurisdiction nodes
 * and a half-open time window from {@code from} (counted) to {@code to} (not counted).
 * <p>
 * {@code jurisdictionIds} is already expanded: it holds the chosen node and every node
 * below it, so a contributor filters its own rows with
 * {@code jurisdiction_id = any(:ids)}, bound to {@link #ids()}, on the node it stores for
 * a row (the checkpoint's node for a crossing, the grid for a screening, the referral's
 * node). It never needs to know the tree. An empty set counts nothing.
 * <p>
 * One array parameter rather than {@code in (:ids)}: a city holds hundreds of nodes, and
 * an expanded list would make every query a new statement of hundreds of parameters for
 * the database to parse and plan; the array keeps one prepared statement per query
 * (PostgreSQL and H2 both accept {@code = any(?)} with an array).
 *
 * <p>
 * {@code node} is the chosen node itself, when the ids are exactly it and everything
 * below it: a contributor that keeps pre-aggregated rows per node and subtree may read
 * that node's rows instead of adding up those of every node below it.
 *
 * @param jurisdictionIds the nodes, already expanded to every node below the chosen one
 * @param from the first instant counted
 * @param to the first instant no longer counted
 * @param node the chosen node whose subtree the ids are, or {@code null} when the ids are
 * a set of their own
 */
public record FigureWindow(Set<Long> jurisdictionIds, Instant from, Instant to, Long node) {

	public FigureWindow {
		jurisdictionIds = Set.copyOf(jurisdictionIds);
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("empty window " + from + " .. " + to);
		}
	}

	/** A window over a set of nodes that is no one node's subtree. */
	public FigureWindow(Set<Long> jurisdictionIds, Instant from, Instant to) {
		this(jurisdictionIds, from, to, null);
	}

	/** The nodes as one SQL array parameter, for {@code jurisdiction_id = any(:ids)}. */
	public Long[] ids() {
		return this.jurisdictionIds.toArray(new Long[0]);
	}

}
