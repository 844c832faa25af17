package org.fangkong.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.fangkong.reporting.DailyReportRules.Standing;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.support.Actors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.reporting.DailyReportAction.APPROVE;
import static org.fangkong.reporting.DailyReportAction.RETURN;
import static org.fangkong.reporting.DailyReportAction.SAVE;
import static org.fangkong.reporting.DailyReportAction.SUBMIT;
import static org.fangkong.reporting.DailyReportState.APPROVED;
import static org.fangkong.reporting.DailyReportState.DRAFT;
import static org.fangkong.reporting.DailyReportState.RETURNED;
import static org.fangkong.reporting.DailyReportState.SUBMITTED;

/**
 * The daily report's workflow as a pure rule (issue #10 item 4): who stands where to a
 * report, which steps each state allows, and why a step is refused.
 */
class DailyReportRulesTests {

	static final long CITY = 1;

	static final long TOWNSHIP = 2;

	static final long GRID = 3;

	static final Standing FILLER = new Standing(true, false, false);

	static final Standing APPROVER = new Standing(false, true, false);

	static final Standing NOBODY = new Standing(false, false, false);

	@Test
	void theGridWorkerOfTheGridFillsItAndTheTownshipOfficerOfItsTownshipApprovesIt() {
		Actor worker = Actors.user("w").role(Role.GRID_WORKER).node(GRID).build();
		Actor officer = Actors.user("t").role(Role.TOWNSHIP_OFFICER).node(TOWNSHIP).build();
		Actor commander = Actors.user("c").role(Role.COMMANDER).node(CITY).build();
		Actor otherWorker = Actors.user("w2").role(Role.GRID_WORKER).node(4).build();
		assertThat(standing(worker, ReportLevel.GRID, GRID, TOWNSHIP, false)).isEqualTo(FILLER);
		assertThat(standing(officer, ReportLevel.GRID, GRID, TOWNSHIP, false)).isEqualTo(APPROVER);
		assertThat(standing(commander, ReportLevel.GRID, GRID, TOWNSHIP, false)).isEqualTo(NOBODY);
		assertThat(standing(otherWorker, ReportLevel.GRID, GRID, TOWNSHIP, false)).isEqualTo(NOBODY);
	}

	@Test
	void theTownshipOfficerFillsTheTownshipAndTheCityApprovesIt() {
		Actor officer = Actors.user("t").role(Role.TOWNSHIP_OFFICER).node(TOWNSHIP).build();
		Actor commander = Actors.user("c").role(Role.COMMANDER).node(CITY).build();
		Actor staff = Actors.user("h").role(Role.HQ_STAFF).node(CITY).build();
		assertThat(standing(officer, ReportLevel.TOWNSHIP, TOWNSHIP, CITY, true)).isEqualTo(FILLER);
		assertThat(standing(commander, ReportLevel.TOWNSHIP, TOWNSHIP, CITY, true)).isEqualTo(APPROVER);
		assertThat(standing(staff, ReportLevel.TOWNSHIP, TOWNSHIP, CITY, true)).isEqualTo(APPROVER);
	}

	@Test
	void hqStaffFillTheCitysReportAndOnlyACommanderApprovesIt() {
		Actor commander = Actors.user("c").role(Role.COMMANDER).node(CITY).build();
		Actor staff = Actors.user("h").role(Role.HQ_STAFF).node(CITY).build();
		assertThat(standing(staff, ReportLevel.CITY, CITY, CITY, true)).isEqualTo(FILLER);
		assertThat(standing(commander, ReportLevel.CITY, CITY, CITY, true)).isEqualTo(new Standing(true, true, false));
		assertThat(DailyReportRules.standing(commander, ReportLevel.CITY, CITY, CITY, true, "c").submitter()).isTrue();
	}

	@Test
	void aDraftIsSavedAndSubmittedByItsFillerOnceItsWindowHasClosed() {
		assertThat(DailyReportRules.allowed(DRAFT, FILLER, true)).containsExactly(SAVE, SUBMIT);
		assertThat(DailyReportRules.allowed(DRAFT, FILLER, false)).containsExactly(SAVE);
		assertThat(DailyReportRules.refusal(DRAFT, SUBMIT, FILLER, false)).isEqualTo("dailyReport.error.windowOpen");
		assertThat(DailyReportRules.allowed(DRAFT, APPROVER, true)).isEmpty();
		assertThat(DailyReportRules.refusal(DRAFT, APPROVE, APPROVER, true))
			.isEqualTo("dailyReport.error.notSubmitted.DRAFT");
		assertThat(DailyReportRules.refusal(DRAFT, SUBMIT, APPROVER, true)).isEqualTo("dailyReport.error.notFiller");
	}

	@Test
	void aSubmittedReportIsApprovedOrReturnedByTheLevelAboveAndNoLongerEdited() {
		assertThat(DailyReportRules.allowed(SUBMITTED, APPROVER, true)).containsExactly(APPROVE, RETURN);
		assertThat(DailyReportRules.allowed(SUBMITTED, FILLER, true)).isEmpty();
		assertThat(DailyReportRules.refusal(SUBMITTED, SUBMIT, FILLER, true))
			.isEqualTo("dailyReport.error.notSubmittable.SUBMITTED");
		assertThat(DailyReportRules.refusal(SUBMITTED, SAVE, FILLER, true))
			.isEqualTo("dailyReport.error.notEditable.SUBMITTED");
		assertThat(DailyReportRules.refusal(SUBMITTED, APPROVE, new Standing(true, true, true), true))
			.isEqualTo("dailyReport.error.ownSubmission");
		assertThat(DailyReportRules.after(SUBMITTED, APPROVE)).isEqualTo(APPROVED);
		assertThat(DailyReportRules.after(SUBMITTED, RETURN)).isEqualTo(RETURNED);
	}

	@Test
	void aReturnedReportIsCorrectedAndSubmittedAgain() {
		assertThat(DailyReportRules.allowed(RETURNED, FILLER, true)).containsExactly(SAVE, SUBMIT);
		assertThat(DailyReportRules.refusal(RETURNED, APPROVE, APPROVER, true))
			.isEqualTo("dailyReport.error.notSubmitted.RETURNED");
		assertThat(DailyReportRules.after(RETURNED, SUBMIT)).isEqualTo(SUBMITTED);
	}

	@Test
	void anApprovedReportAllowsNothingAnyMore() {
		for (Standing standing : List.of(FILLER, APPROVER, new Standing(true, true, false))) {
			assertThat(DailyReportRules.allowed(APPROVED, standing, true)).isEmpty();
		}
		assertThat(DailyReportRules.refusal(APPROVED, SUBMIT, FILLER, true))
			.isEqualTo("dailyReport.error.notSubmittable.APPROVED");
		assertThat(DailyReportRules.refusal(APPROVED, APPROVE, APPROVER, true))
			.isEqualTo("dailyReport.error.notSubmitted.APPROVED");
	}

	@Test
	void rolesThatNeverFillOrApproveAreToldApartFromAWrongStep() {
		Actor worker = Actors.user("w").role(Role.GRID_WORKER).node(GRID).build();
		Actor medic = Actors.user("m").role(Role.MEDIC).node(CITY).build();
		assertThat(DailyReportRules.mayEver(worker, SUBMIT)).isTrue();
		assertThat(DailyReportRules.mayEver(worker, APPROVE)).isFalse();
		assertThat(DailyReportRules.mayEver(medic, SAVE)).isFalse();
	}

	@Test
	void aReturnNeedsAReason() {
		assertThat(DailyReportRules.reasonRefusal(null)).isEqualTo("dailyReport.error.reasonRequired");
		assertThat(DailyReportRules.reasonRefusal("  ")).isEqualTo("dailyReport.error.reasonRequired");
		assertThat(DailyReportRules.reasonRefusal("x".repeat(501))).isEqualTo("dailyReport.error.reasonTooLong");
		assertThat(DailyReportRules.reasonRefusal("走访数有误")).isNull();
	}

	@Test
	void aDatesWindowEndsOnThatDateAndTheReportIsDueAfterIt() {
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		LocalDate day = LocalDate.of(2020, 2, 10);
		DailyReportWindows midnight = new DailyReportWindows(new ReportingSettings(null), Duration.ofHours(10), zone);
		DailyReportWindows.Window window = midnight.of(day);
		assertThat(window.from()).isEqualTo(day.atStartOfDay(zone).toInstant());
		assertThat(window.deadline()).isEqualTo(day.plusDays(1).atTime(10, 0).atZone(zone).toInstant());
		Instant lastSecond = window.to().minusSeconds(1);
		assertThat(midnight.dateAt(lastSecond)).isEqualTo(day);
		assertThat(midnight.dateAt(window.to())).isEqualTo(day.plusDays(1));
		assertThat(midnight.dueDate(window.to())).isEqualTo(day);

		DailyReportWindows afternoon = new DailyReportWindows(new ReportingSettings(LocalTime.of(16, 0)),
				Duration.ofHours(1), zone);
		Instant at1530 = day.atTime(15, 30).atZone(zone).toInstant();
		Instant at1630 = day.atTime(16, 30).atZone(zone).toInstant();
		assertThat(afternoon.dateAt(at1530)).isEqualTo(day);
		assertThat(afternoon.dateAt(at1630)).isEqualTo(day.plusDays(1));
		assertThat(afternoon.dueDate(at1630)).isEqualTo(day);
		assertThat(afternoon.of(day).deadline()).isEqualTo(day.atTime(17, 0).atZone(zone).toInstant());
		assertThat(afternoon.of(day).lateAt(day.atTime(17, 1).atZone(zone).toInstant())).isTrue();
	}

	private static Standing standing(Actor actor, ReportLevel level, long unit, long approvingUnit, boolean city) {
		return DailyReportRules.standing(actor, level, unit, approvingUnit, city, null);
	}

}
