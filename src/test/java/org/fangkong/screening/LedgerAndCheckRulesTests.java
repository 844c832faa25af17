package org.fangkong.screening;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.screening.Screenings.CheckInput;
import org.fangkong.screening.Screenings.SlotState;
import org.fangkong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The pure rules of screening (issue #7 item 5), without Spring: a report, a daily check
 * and its slots, the ledger's keyset cursor.
 */
class LedgerAndCheckRulesTests {

	static final LocalDate TODAY = LocalDate.of(2020, 2, 10);

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final ScreeningSettings SETTINGS = new ScreeningSettings(null, null, null, null);

	@Test
	void aReportIsCheckedFieldByFieldAndGetsTheMeasureOfItsOrigin() {
		ScreeningRules rules = new ScreeningRules(SETTINGS);
		NewScreening report = new NewScreening("周返乡", null, null, null, null, null, null, 7L, null, "WUHAN", null, null,
				LocalDate.of(2020, 2, 1), null, null, null, null, null, null, null, null, null);
		ScreeningRules.Valid valid = rules.check(report, TODAY, (node) -> Optional.of(NodeKind.COMMUNITY),
				(node) -> true);
		assertThat(valid.measure()).isEqualTo(Measure.HOME_OBSERVATION);
		assertThat(valid.measureStart()).isEqualTo(LocalDate.of(2020, 2, 1));
		assertThat(valid.leadSource()).isEqualTo(LeadSource.GRID_FOUND);
		NewScreening bad = new NewScreening("", "X", null, null, "123", null, null, 7L, null, "MARS", null, null,
				TODAY.plusDays(1), null, null, null, null, null, null, null, null, null);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> rules.check(bad, TODAY, (node) -> Optional.of(NodeKind.TOWNSHIP), (node) -> true))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(InvalidInputException.Violation::field)
				.containsExactlyInAnyOrder("name", "sex", "phone", "gridId", "originClass", "arrivalDate"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> rules.check(report, TODAY, (node) -> Optional.of(NodeKind.VILLAGE), (node) -> false))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("validation.gridOutOfScope"));
	}

	@Test
	void aDailyCheckNeedsATemperatureUnlessContactIsLostAndAMeasure() {
		Instant now = Instant.parse("2020-02-10T02:00:00Z");
		assertThat(CheckRules.reading(ScreeningStatus.UNDER_MEASURE, TODAY,
				new CheckInput(null, new BigDecimal("36.50"), null, true, false), now, now, ZONE))
			.isEqualByComparingTo("36.5");
		assertThat(CheckRules.reading(ScreeningStatus.UNDER_MEASURE, TODAY,
				new CheckInput(null, null, null, false, true), now, now, ZONE))
			.isNull();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> CheckRules.reading(ScreeningStatus.RELEASED, TODAY,
					new CheckInput(null, new BigDecimal("45"), null, true, false), now.plusSeconds(3600), now, ZONE))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(InvalidInputException.Violation::field)
				.containsExactly("status", "temperature", "checkedAt"));
		// issue #9 item 7: not ahead of the clock beyond five minutes, not before the
		// measure began (the day in the city's zone)
		CheckInput normal = new CheckInput(null, new BigDecimal("36.5"), null, true, false);
		assertThat(CheckRules.reading(ScreeningStatus.UNDER_MEASURE, TODAY, normal, now.plusSeconds(299), now, ZONE))
			.isEqualByComparingTo("36.5");
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(
				() -> CheckRules.reading(ScreeningStatus.UNDER_MEASURE, TODAY, normal, now.plusSeconds(301), now, ZONE))
			.satisfies(
					(ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("validation.checkedAt.future"));
		Instant dayBefore = Instant.parse("2020-02-09T15:59:00Z");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> CheckRules.reading(ScreeningStatus.UNDER_MEASURE, TODAY, normal, dayBefore, now, ZONE))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey())
				.isEqualTo("validation.checkedAt.beforeMeasure"));
		assertThat(
				CheckRules.reading(ScreeningStatus.UNDER_MEASURE, TODAY, normal, dayBefore.plusSeconds(60), now, ZONE))
			.isEqualByComparingTo("36.5");
	}

	@Test
	void aSlotIsDueThenOverdueAndNeverDueBeforeTheMeasureBegan() {
		CheckRules rules = new CheckRules(SETTINGS, ZoneId.of("Asia/Shanghai"));
		Instant createdAtTen = Instant.parse("2020-02-10T02:00:00Z");
		assertThat(rules.slots(TODAY, createdAtTen, TODAY, LocalTime.of(17, 0), List.of(false, false)))
			.containsExactly(SlotState.NOT_DUE, SlotState.DUE);
		assertThat(rules.slots(TODAY.minusDays(3), createdAtTen, TODAY, LocalTime.of(13, 0), List.of(false, true)))
			.containsExactly(SlotState.OVERDUE, SlotState.DONE);
		assertThat(rules.slots(TODAY.minusDays(3), createdAtTen, TODAY, LocalTime.of(9, 0), List.of(false, false)))
			.containsExactly(SlotState.DUE, SlotState.LATER);
	}

	@Test
	void aCursorCarriesItsSortAndRefusesAnother() {
		for (Object value : new Object[] { "周|返乡", LocalDate.of(2020, 2, 1), Instant.parse("2020-02-01T02:00:00Z"),
				ScreeningStatus.RELEASED, null }) {
			LedgerSort sort = (value instanceof String) ? LedgerSort.NAME
					: (value instanceof LocalDate) ? LedgerSort.ARRIVAL_DATE
							: (value instanceof ScreeningStatus) ? LedgerSort.STATUS : LedgerSort.CREATED_AT;
			LedgerCursor cursor = new LedgerCursor(sort, true, value, 42);
			assertThat(LedgerCursor.decode(cursor.encode(), sort, true)).isEqualTo(cursor);
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> LedgerCursor.decode(cursor.encode(), sort, false));
		}
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> LedgerCursor.decode("not a cursor", LedgerSort.NAME, true));
		assertThat(LedgerSort.of("nonsense; drop table")).isEqualTo(LedgerSort.CREATED_AT);
		assertThat(new LedgerCursor(LedgerSort.MEASURE_END, false, null, 5).predicate())
			.isEqualTo("(s.measureEnd is not null or s.id < :afterId)");
	}

}
