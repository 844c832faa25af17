package org.fangkong.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * IN3: the columns a ledger may be sorted by (an allow-list), the JPQL expression each
 * stands for, and how a keyset cursor reads and writes its value. Ties are broken by the
 * screening id, newest first.
 */
enum LedgerSort {

	ARRIVAL_DATE("arrivalDate", "s.arrivalDate", LocalDate::parse),
	MEASURE_END("measureEnd", "s.measureEnd", LocalDate::parse), NAME("name", "p.name", (value) -> value),
	CREATED_AT("createdAt", "s.createdAt", Instant::parse), STATUS("status", "s.status", ScreeningStatus::valueOf);

	private final String parameter;

	private final String expression;

	private final Function<String, Object> parser;

	LedgerSort(String parameter, String expression, Function<String, Object> parser) {
		this.parameter = parameter;
		this.expression = expression;
		this.parser = parser;
	}

	/** The sort a request names; an unknown or missing name sorts by creation. */
	static LedgerSort of(String parameter) {
		for (LedgerSort sort : values()) {
			if (sort.parameter.equals(parameter)) {
				return sort;
			}
		}
		return CREATED_AT;
	}

	String parameter() {
		return this.parameter;
	}

	String expression() {
		return this.expression;
	}

	Object parse(String value) {
		return this.parser.apply(value);
	}

	/** The value of this column for a row: what a cursor after the row carries. */
	Object valueOf(Screening screening, Person person) {
		return switch (this) {
			case ARRIVAL_DATE -> screening.trip().arrivalDate();
			case MEASURE_END -> screening.getMeasureEnd();
			case NAME -> person.getName();
			case CREATED_AT -> screening.getCreatedAt();
			case STATUS -> screening.getStatus();
		};
	}

}
