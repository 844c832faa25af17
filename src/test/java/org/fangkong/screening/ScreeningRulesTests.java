package org.fangkong.screening;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.TravelMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Observation arithmetic and status transitions (issue #4, item 9), without the database.
 */
class ScreeningRulesTests {

	static final LocalDate ARRIVED = LocalDate.of(2020, 2, 1);

	static Screening screening() {
		return new Screening(
				1, 3, "/1/2/3/", LeadSource.CHECKPOINT, null, new Trip(OriginClass.HUBEI, "孝感", null, ARRIVED,
						TravelMode.TRAIN, "K1234", null, null, null, null, null),
				Instant.parse("2020-02-01T02:00:00Z"), "grid");
	}

	@Test
	void aMeasureEndsFourteenDaysAfterItsStart() {
		Screening screening = screening();
		screening.placeUnder(Measure.HOME_OBSERVATION, ARRIVED, 14);
		assertThat(screening.getStatus()).isEqualTo(ScreeningStatus.UNDER_MEASURE);
		assertThat(screening.getMeasureEnd()).isEqualTo(LocalDate.of(2020, 2, 15));
		assertThat(screening.checksDueOn(ARRIVED)).isTrue();
		assertThat(screening.checksDueOn(LocalDate.of(2020, 2, 14))).isTrue();
		assertThat(screening.checksDueOn(LocalDate.of(2020, 2, 15))).isFalse();
		assertThat(screening.checksDueOn(LocalDate.of(2020, 1, 31))).isFalse();
	}

	@Test
	void noMeasureMeansNoDatesAndNoChecks() {
		Screening screening = screening();
		screening.placeUnder(Measure.NONE, ARRIVED, 14);
		assertThat(screening.getStatus()).isEqualTo(ScreeningStatus.NO_MEASURE);
		assertThat(screening.getMeasureEnd()).isNull();
		assertThat(screening.checksDueOn(ARRIVED)).isFalse();
	}

	static final LocalDate PLANNED_END = LocalDate.of(2020, 2, 15);

	static Screening underObservation() {
		Screening screening = screening();
		screening.placeUnder(Measure.HOME_OBSERVATION, ARRIVED, 14);
		return screening;
	}

	@Test
	void aReleaseComesOnlyAfterThePlannedEndAndOnlyOnce() {
		Screening screening = underObservation();
		assertThatExceptionOfType(ObservationNotOverException.class)
			.isThrownBy(() -> screening.release(LocalDate.of(2020, 2, 14), null, "township"));
		screening.release(PLANNED_END, null, "township");
		assertThat(screening.getStatus()).isEqualTo(ScreeningStatus.RELEASED);
		assertThat(screening.getReleasedOn()).isEqualTo(PLANNED_END);
		assertThat(screening.getReleasedBy()).isEqualTo("township");
		assertRefused(() -> screening.release(LocalDate.of(2020, 2, 16), null, "township"), "status",
				"validation.notUnderMeasure");
		assertRefused(() -> screening.placeUnder(Measure.HOME_OBSERVATION, ARRIVED, 14), "status",
				"validation.screening.final");
	}

	@Test
	void theClockDecidesTheReleaseWhateverDateTheCallerSends() {
		Screening screening = underObservation();
		LocalDate dayAfterArrival = ARRIVED.plusDays(1);
		for (LocalDate asked : new LocalDate[] { null, ARRIVED, PLANNED_END, PLANNED_END.plusDays(30) }) {
			assertThatExceptionOfType(ObservationNotOverException.class)
				.isThrownBy(() -> screening.release(dayAfterArrival, asked, "township"))
				.satisfies((ex) -> assertThat(ex.plannedEnd()).isEqualTo(PLANNED_END))
				.satisfies((ex) -> assertThat(ex.violations().get(0).field()).isEqualTo("releasedOn"));
		}
		LocalDate later = PLANNED_END.plusDays(3);
		assertRefused(() -> screening.release(later, later.plusDays(1), "township"), "releasedOn",
				"validation.release.future");
		assertThatExceptionOfType(ObservationNotOverException.class)
			.isThrownBy(() -> screening.release(later, PLANNED_END.minusDays(1), "township"));
		assertThat(screening.getStatus()).isEqualTo(ScreeningStatus.UNDER_MEASURE);
		screening.release(later, PLANNED_END.plusDays(1), "township");
		assertThat(screening.getReleasedOn()).isEqualTo(PLANNED_END.plusDays(1));
	}

	@Test
	void aReleasedScreeningIsNeitherClosedNorChangedAgain() {
		Screening screening = underObservation();
		screening.release(PLANNED_END, null, "township");
		Trip trip = screening.trip();
		assertRefused(() -> screening.checkLead(LeadCheck.WRONG_DATA), "status", "validation.screening.final");
		assertRefused(() -> screening.moveTo(4, "/1/2/4/"), "status", "validation.screening.final");
		assertRefused(
				() -> screening.describe(
						new Trip(OriginClass.WUHAN, null, null, ARRIVED, null, null, null, null, null, null, null)),
				"status", "validation.screening.final");
		assertThat(screening.getStatus()).isEqualTo(ScreeningStatus.RELEASED);
		assertThat(screening.getLeadCheck()).isNull();
		assertThat(screening.getGridPath()).isEqualTo("/1/2/3/");
		assertThat(screening.trip()).isEqualTo(trip);
		// a merge of duplicate persons re-identifies the person; the screening itself is
		// unchanged
		screening.movePersonTo(9);
		assertThat(screening.getPersonId()).isEqualTo(9);
	}

	static Screening handedDown() {
		return new Screening(1, 3, "/1/2/3/", LeadSource.HANDED_DOWN, null, screening().trip(),
				Instant.parse("2020-02-01T02:00:00Z"), "grid");
	}

	/**
	 * Issue #9 item 2: a lead check closes only an unchecked handed-down lead that is not
	 * under a measure, and no change of measure ends one; nothing changes when refused.
	 */
	@Test
	void aMeasureEndsByAReleaseOnly() {
		Screening under = handedDown();
		under.placeUnder(Measure.HOME_OBSERVATION, ARRIVED, 14);
		for (LeadCheck result : new LeadCheck[] { LeadCheck.WRONG_DATA, LeadCheck.NOT_LIVING_HERE,
				LeadCheck.ALREADY_SCREENED }) {
			assertRefused(() -> under.checkLead(result), "result", "validation.leadCheck.underMeasure");
		}
		assertRefused(() -> under.placeUnder(Measure.NONE, ARRIVED, 14), "measure",
				"validation.measure.endNeedsRelease");
		assertThat(under.getStatus()).isEqualTo(ScreeningStatus.UNDER_MEASURE);
		assertThat(under.getLeadCheck()).isNull();
		assertThat(under.getMeasure()).isEqualTo(Measure.HOME_OBSERVATION);
		assertThat(under.getMeasureEnd()).isEqualTo(PLANNED_END);
		under.placeUnder(Measure.CENTRALISED_ISOLATION, ARRIVED, 14);
		assertThat(under.getStatus()).isEqualTo(ScreeningStatus.UNDER_MEASURE);
		Screening found = screening();
		assertRefused(() -> found.checkLead(LeadCheck.WRONG_DATA), "result", "validation.leadCheck.notHandedDown");
		Screening confirmed = handedDown();
		confirmed.checkLead(LeadCheck.CONFIRMED_HERE);
		assertRefused(() -> confirmed.checkLead(LeadCheck.WRONG_DATA), "result", "validation.leadCheck.done");
		assertThat(confirmed.getStatus()).isEqualTo(ScreeningStatus.NO_MEASURE);
	}

	@Test
	void aClosedScreeningIsNeitherReopenedNorReleased() {
		Screening screening = handedDown();
		screening.checkLead(LeadCheck.NOT_LIVING_HERE);
		assertThat(screening.getStatus()).isEqualTo(ScreeningStatus.CLOSED);
		assertRefused(() -> screening.release(PLANNED_END, null, "township"), "status", "validation.notUnderMeasure");
		assertRefused(() -> screening.placeUnder(Measure.HOME_OBSERVATION, ARRIVED, 14), "status",
				"validation.screening.final");
		assertRefused(() -> screening.checkLead(LeadCheck.CONFIRMED_HERE), "status", "validation.screening.final");
	}

	@Test
	void aScreeningWithoutAMeasureCannotBeReleased() {
		Screening screening = screening();
		screening.placeUnder(Measure.NONE, ARRIVED, 14);
		assertRefused(() -> screening.release(PLANNED_END, null, "township"), "status", "validation.notUnderMeasure");
	}

	static void assertRefused(ThrowingCallable change, String field, String messageKey) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(change).satisfies((ex) -> {
			assertThat(ex.violations().get(0).field()).isEqualTo(field);
			assertThat(ex.violations().get(0).messageKey()).isEqualTo(messageKey);
		});
	}

	@Test
	void aLeadThatDoesNotHoldClosesTheScreening() {
		Screening wrong = handedDown();
		wrong.checkLead(LeadCheck.WRONG_DATA);
		assertThat(wrong.getStatus()).isEqualTo(ScreeningStatus.CLOSED);
		Screening confirmed = screening();
		confirmed.placeUnder(Measure.HOME_OBSERVATION, ARRIVED, 14);
		confirmed.checkLead(LeadCheck.CONFIRMED_HERE);
		assertThat(confirmed.getStatus()).isEqualTo(ScreeningStatus.UNDER_MEASURE);
	}

	@Test
	void theRuleMapsOriginClassesToMeasuresAndDurationsAreConfigurable() {
		ScreeningSettings defaults = new ScreeningSettings(null, null, null, null);
		assertThat(defaults.measureFor(OriginClass.WUHAN)).isEqualTo(Measure.HOME_OBSERVATION);
		assertThat(defaults.measureFor(OriginClass.HUBEI)).isEqualTo(Measure.HOME_OBSERVATION);
		assertThat(defaults.measureFor(OriginClass.LOCAL)).isEqualTo(Measure.NONE);
		assertThat(defaults.daysOf(Measure.HOME_OBSERVATION)).isEqualTo(14);
		ScreeningSettings custom = new ScreeningSettings(Map.of(OriginClass.ABROAD, Measure.CENTRALISED_ISOLATION),
				Map.of(Measure.CENTRALISED_ISOLATION, 21), List.of(LocalTime.of(9, 0)), Duration.ofHours(2));
		assertThat(custom.measureFor(OriginClass.ABROAD)).isEqualTo(Measure.CENTRALISED_ISOLATION);
		assertThat(custom.daysOf(Measure.CENTRALISED_ISOLATION)).isEqualTo(21);
	}

	@Test
	void aCheckBelongsToTheLastSlotThatHasBegun() {
		ScreeningSettings settings = new ScreeningSettings(null, null, null, null);
		assertThat(settings.slotAt(LocalTime.of(6, 0))).isZero();
		assertThat(settings.slotAt(LocalTime.of(9, 30))).isZero();
		assertThat(settings.slotAt(LocalTime.of(16, 0))).isEqualTo(1);
		assertThat(settings.slotAt(LocalTime.of(23, 59))).isEqualTo(1);
	}

}
