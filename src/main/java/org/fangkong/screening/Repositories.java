package org.fangkong.screening;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fangkong.shared.IdType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByIdTypeAndIdNumberHash(IdType idType, String idNumberHash);

	List<Person> findByIdNumberHash(String idNumberHash);

}

interface ScreeningRepository extends JpaRepository<Screening, Long> {

	boolean existsByRegistrationId(long registrationId);

	List<Screening> findByPersonIdOrderByIdDesc(long personId);

	Optional<Screening> findFirstByPersonIdAndArrivalDate(long personId, LocalDate arrivalDate);

	/**
	 * Under a measure on {@code day} inside a scope: {@code scopePath} is the path of the
	 * scope's root (AC1), matched as an indexed prefix.
	 */
	@Query("select s from Screening s where s.status = org.fangkong.screening.ScreeningStatus.UNDER_MEASURE "
			+ "and s.gridPath like concat(?1, '%') and s.measureStart <= ?2 and s.measureEnd > ?2 "
			+ "order by s.measureEnd")
	List<Screening> findUnderMeasureOn(String scopePath, LocalDate day);

	/**
	 * Still under a measure whose planned end is {@code day} or before, inside a scope:
	 * waiting for their release (R-SCR-2), the longest waiting first.
	 */
	@Query("select s from Screening s where s.status = org.fangkong.screening.ScreeningStatus.UNDER_MEASURE "
			+ "and s.gridPath like concat(?1, '%') and s.measureEnd <= ?2 order by s.measureEnd, s.id")
	List<Screening> findDueForRelease(String scopePath, LocalDate day);

}

interface ScreeningHistoryRepository extends JpaRepository<ScreeningHistory, Long> {

	List<ScreeningHistory> findByScreeningIdOrderById(long screeningId);

}

interface DailyCheckRepository extends JpaRepository<DailyCheck, Long> {

	List<DailyCheck> findByScreeningIdOrderByCheckDateDescSlotDesc(long screeningId);

	Optional<DailyCheck> findByScreeningIdAndCheckDateAndSlot(long screeningId, LocalDate checkDate, int slot);

	List<DailyCheck> findByScreeningIdInAndCheckDate(Collection<Long> screeningIds, LocalDate checkDate);

}

interface ResponsibleOverrideRepository extends JpaRepository<ResponsibleOverride, ResponsibleOverride.Key> {

	List<ResponsibleOverride> findByScreeningIdIn(Collection<Long> screeningIds);

}
