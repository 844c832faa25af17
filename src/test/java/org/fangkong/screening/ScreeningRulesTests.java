package org.fangkong.screening;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.fangkong.shared.TravelMode;
import org.fangkong.shared.OriginClass;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Observation arithmetic and status transitions (issue #4, item 9), without the database.
 */
class ScreeningRulesTests {

	static final LocalDate ARRIVED = LocalDate.of(2020, 2, 1);

	static Screening screening() {
		return new Screening(1, 3, LeadSource.CHECKPOINT, null, new Trip(OriginClass.HUBEI, "孝感", null, ARRIVED,
				TravelMode.TRAIN, "K1234", null, null, null, null, null), Instant.parse("2020-02-01T02:00:00Z"),
				"grid");
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

	@Test
	void aReleaseComesOnlyAfterThePlannedEndAndOnlyOnce() {
		Screening screening = screening();
		screening.placeUnder(Measure.HOME_OBSERVATION, ARRIVED, 14);
		assertThatExceptionOfType(Screening.ObservationNotOverException.class)
			.isThrownBy(() -> screening.release(LocalDate.of(2020, 2, 14), "township"));
		screening.release(LocalDate.of(2020, 2, 15), "township");
		assertThat(screening.getStatus()).isEqualTo(ScreeningStatus.RELEASED);
		assertThat(screening.getReleasedBy()).isEqualTo("township");
		assertThatIllegalStateException().isThrownBy(() -> screening.release(LocalDate.of(2020, 2, 16), "township"));
		assertThatIllegalStateException().isThrownBy(() -> screening.placeUnder(Measure.HOME_OBSERVATION, ARRIVED, 14));
	}

	@Test
	void aLeadThatDoesNotHoldClosesTheScreening() {
		Screening wrong = screening();
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
