package org.fangkong.screening;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fangkong.shared.IdType;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByIdTypeAndIdNumberHash(IdType idType, String idNumberHash);

	List<Person> findByIdNumberHash(String idNumberHash);

	/**
	 * The person with this ID, its row locked until the transaction ends: two arrivals of
	 * one person at once queue here, so the second sees the screening the first opened
	 * (issue #8 item 1).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Person p where p.idType = ?1 and p.idNumberHash = ?2")
	Optional<Person> lockByIdentity(IdType idType, String idNumberHash);

	/**
	 * Persons after {@code afterId} whose search hashes are missing though the value is
	 * stored (issue #8 item 7, the backfill), by id.
	 */
	@Query("select p from Person p where p.id > ?1 and ((p.idNumberEnc is not null and p.idTail4Hash is null) "
			+ "or (p.phoneEnc is not null and p.phoneHash is null)) order by p.id")
	List<Person> findMissingSearchHashes(long afterId, org.springframework.data.domain.Pageable page);

}

interface ScreeningRepository extends JpaRepository<Screening, Long> {

	boolean existsByRegistrationId(long registrationId);

	List<Screening> findByPersonIdOrderByIdDesc(long personId);

	/** The person's open screening (not released, not closed), the oldest first. */
	@Query("select s from Screening s where s.personId = ?1 and s.status in "
			+ "(org.fangkong.screening.ScreeningStatus.UNDER_MEASURE, org.fangkong.screening.ScreeningStatus.NO_MEASURE) "
			+ "order by s.id")
	List<Screening> findOpenOf(long personId);

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

interface ScreeningCrossingRepository extends JpaRepository<ScreeningCrossing, Long> {

	boolean existsByRegistrationId(long registrationId);

	Optional<ScreeningCrossing> findByRegistrationId(long registrationId);

	List<ScreeningCrossing> findByScreeningIdOrderByCrossedAtDesc(long screeningId);

	List<ScreeningCrossing> findByScreeningIdIn(Collection<Long> screeningIds);

	/** Moves every crossing of a merged screening to the one it was merged into. */
	@Modifying
	@Query("update ScreeningCrossing c set c.screeningId = ?2 where c.screeningId = ?1")
	int moveAll(long fromScreeningId, long toScreeningId);

}

interface ScreeningHistoryRepository extends JpaRepository<ScreeningHistory, Long> {

	List<ScreeningHistory> findByScreeningIdOrderById(long screeningId);

}

interface DailyCheckRepository extends JpaRepository<DailyCheck, Long> {

	List<DailyCheck> findByScreeningIdOrderByCheckDateDescSlotDescSeqDesc(long screeningId);

	/** The current reading of a slot (issue #9 item 7: earlier ones are superseded). */
	Optional<DailyCheck> findFirstByScreeningIdAndCheckDateAndSlotOrderBySeqDesc(long screeningId, LocalDate checkDate,
			int slot);

	/** The current readings of these screenings on a day. */
	List<DailyCheck> findByScreeningIdInAndCheckDateAndSupersededByIsNull(Collection<Long> screeningIds,
			LocalDate checkDate);

	/** The checks of these screenings with a temperature at or above the threshold. */
	@Query("select c from DailyCheck c where c.screeningId in ?1 and c.temperature >= ?2")
	List<DailyCheck> findFeversOf(Collection<Long> screeningIds, java.math.BigDecimal threshold);

}

interface ResponsibleOverrideRepository extends JpaRepository<ResponsibleOverride, ResponsibleOverride.Key> {

	List<ResponsibleOverride> findByScreeningIdIn(Collection<Long> screeningIds);

}

interface PersonTransferRepository extends JpaRepository<PersonTransfer, Long> {

	/**
	 * The requests in this state whose sending or receiving grid lies inside the scope
	 * path, newest first.
	 */
	@Query("select t from PersonTransfer t where t.status = ?1 and (t.fromGridPath like concat(?2, '%') "
			+ "or t.toGridPath like concat(?2, '%')) order by t.requestedAt desc, t.id desc")
	List<PersonTransfer> findInScope(PersonTransfer.Status status, String scopePath);

	/** How many requests in this state the scope path sees. */
	@Query("select count(t) from PersonTransfer t where t.status = ?1 and (t.fromGridPath like concat(?2, '%') "
			+ "or t.toGridPath like concat(?2, '%'))")
	long countInScope(PersonTransfer.Status status, String scopePath);

}
