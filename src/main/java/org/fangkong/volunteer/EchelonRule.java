package org.fangkong.volunteer;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The echelon (梯队) of a volunteer from their age (R-VOL-1: "3 echelons by age"): the age
 * in whole years on a day, placed in configurable bands. Computed on every read from the
 * birth date, so people move up an echelon as they age; never stored.
 * <p>
 * Bands are given by the oldest age of each echelon but the last: {@code [35, 50]} makes
 * echelon 1 the ages {@code minAge}–35, echelon 2 36–50 and echelon 3 51 and over.
 */
public final class EchelonRule {

	private final int minAge;

	private final List<Integer> maxAges;

	public EchelonRule(int minAge, List<Integer> maxAges) {
		for (int i = 0; i < maxAges.size(); i++) {
			int lower = (i == 0) ? minAge : maxAges.get(i - 1) + 1;
			if (maxAges.get(i) < lower) {
				throw new IllegalArgumentException("echelon age bands must rise: " + maxAges);
			}
		}
		this.minAge = minAge;
		this.maxAges = List.copyOf(maxAges);
	}

	/** How many echelons the bands make. */
	public int echelons() {
		return this.maxAges.size() + 1;
	}

	public int minAge() {
		return this.minAge;
	}

	/** The age in whole years on {@code day}. */
	public static int age(LocalDate birthDate, LocalDate day) {
		return Period.between(birthDate, day).getYears();
	}

	/**
	 * Whether someone born on {@code birthDate} is old enough for the reserve on
	 * {@code day}.
	 */
	public boolean oldEnough(LocalDate birthDate, LocalDate day) {
		return !birthDate.isAfter(day) && age(birthDate, day) >= this.minAge;
	}

	/** The echelon, 1 first, of someone born on {@code birthDate} on {@code day}. */
	public int echelonOf(LocalDate birthDate, LocalDate day) {
		int age = age(birthDate, day);
		for (int i = 0; i < this.maxAges.size(); i++) {
			if (age <= this.maxAges.get(i)) {
				return i + 1;
			}
		}
		return echelons();
	}

	/**
	 * The birth dates of an echelon on {@code day}, both ends counted, for a query: the
	 * first element the earliest (null: no bound), the second the latest.
	 */
	public LocalDate[] birthDates(int echelon, LocalDate day) {
		if (echelon < 1 || echelon > echelons()) {
			throw new IllegalArgumentException("no echelon " + echelon);
		}
		int youngest = (echelon == 1) ? this.minAge : this.maxAges.get(echelon - 2) + 1;
		LocalDate latest = day.minusYears(youngest);
		LocalDate earliest = (echelon == echelons()) ? null
				: day.minusYears(this.maxAges.get(echelon - 1) + 1L).plusDays(1);
		return new LocalDate[] { earliest, latest };
	}

}
