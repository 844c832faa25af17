package org.fangkong.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DailyReportRepository extends JpaRepository<DailyReport, Long> {

	Optional<DailyReport> findByJurisdictionIdAndReportDate(long jurisdictionId, LocalDate reportDate);

	/** The reports of a date inside a scope, by the stored path's prefix. */
	@Query("select r from DailyReport r where r.reportDate = :date and r.jurisdictionPath like concat(:path, '%')")
	List<DailyReport> findOfDateInScope(LocalDate date, String path);

	/** The reports in a state inside a scope, oldest date first. */
	@Query("select r from DailyReport r where r.state = :state and r.jurisdictionPath like concat(:path, '%')"
			+ " order by r.reportDate, r.id")
	List<DailyReport> findInStateInScope(DailyReportState state, String path);

}
