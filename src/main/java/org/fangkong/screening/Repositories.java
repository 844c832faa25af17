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

	List<Person> findByIdNumberHashAndGridIdIn(String idNumberHash, Collection<Long> gridIds);

}

interface ScreeningRepository extends JpaRepository<Screening, Long> {

	boolean existsByRegistrationId(long registrationId);

	List<Screening> findByPersonIdOrderByIdDesc(long personId);

	Optional<Screening> findFirstByPersonIdAndArrivalDate(long personId, LocalDate arrivalDate);

	@Query("select s from Screening s where s.gridId in ?1 and s.status = org.fangkong.screening.ScreeningStatus.UNDER_MEASURE "
			+ "and s.measureStart <= ?2 and s.measureEnd > ?2 order by s.measureEnd")
	List<Screening> findUnderMeasureOn(Collection<Long> gridIds, LocalDate day);

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

	List<ResponsibleOverride> findByScreeningId(long screeningId);

}
