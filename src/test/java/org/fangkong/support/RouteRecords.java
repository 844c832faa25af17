package org.fangkong.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of one kind that the route matrix addresses, as the values of a route's
 * path variables: for each demo user their own records and records outside their
 * jurisdiction, and a reference record for the users who have none of their own (the
 * city-wide roles, and the roles that may not touch the kind at all).
 */
public final class RouteRecords {

	private final String kind;

	private Object[] reference;

	private final Map<String, List<Object[]>> own = new LinkedHashMap<>();

	private final Map<String, List<Object[]>> foreign = new LinkedHashMap<>();

	RouteRecords(String kind) {
		this.kind = kind;
	}

	public RouteRecords reference(Object... variables) {
		this.reference = variables;
		return this;
	}

	public RouteRecords own(String user, Object... variables) {
		this.own.computeIfAbsent(user, (u) -> new ArrayList<>()).add(variables);
		return this;
	}

	public RouteRecords foreign(String user, Object... variables) {
		this.foreign.computeIfAbsent(user, (u) -> new ArrayList<>()).add(variables);
		return this;
	}

	/** The user's own records, or the reference record; anonymous gets the reference. */
	public List<Object[]> of(String user, Scope scope) {
		if (scope == Scope.FOREIGN) {
			return (user != null) ? this.foreign.getOrDefault(user, List.of()) : List.of();
		}
		if (user != null && this.own.containsKey(user)) {
			return this.own.get(user);
		}
		if (this.reference == null) {
			throw new IllegalStateException("no reference record of kind " + this.kind);
		}
		return List.<Object[]>of(this.reference);
	}

}
