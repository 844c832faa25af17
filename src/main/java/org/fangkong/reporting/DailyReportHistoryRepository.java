package org.fangkong.reporting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DailyReportHistoryRepository extends JpaRepository<DailyReportHistory, Long> {

	List<DailyReportHistory> findByReportIdOrderByOccurredAtAscIdAsc(long reportId);

}
