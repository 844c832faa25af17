package org.fangkong.medical;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, Long> {

	boolean existsBySourceAndSourceId(ReferralSource source, long sourceId);

	List<Referral> findBySourceAndSourceIdIn(ReferralSource source, Collection<Long> sourceIds);

	/**
	 * The referrals whose node lies under the scope path, open ones before received ones,
	 * newest first.
	 */
	@Query("select r from Referral r where r.scopePath like concat(?1, '%')"
			+ " order by r.status, r.detectedAt desc, r.id desc")
	Slice<Referral> findVisible(String scopePath, Pageable page);

	/** The same, of one status. */
	@Query("select r from Referral r where r.scopePath like concat(?1, '%') and r.status = ?2"
			+ " order by r.detectedAt desc, r.id desc")
	Slice<Referral> findVisible(String scopePath, ReferralStatus status, Pageable page);

	/**
	 * The open referrals under the scope path made before {@code before}, oldest first.
	 */
	@Query("select r from Referral r where r.scopePath like concat(?1, '%')"
			+ " and r.status = org.fangkong.medical.ReferralStatus.OPEN and r.detectedAt < ?2"
			+ " order by r.detectedAt, r.id")
	Slice<Referral> findOpenSince(String scopePath, Instant before, Pageable page);

	/** How many referrals under the scope path have this status. */
	@Query("select count(r) from Referral r where r.scopePath like concat(?1, '%') and r.status = ?2")
	long countInScope(String scopePath, ReferralStatus status);

	/** How many referrals under the scope path are open since before {@code before}. */
	@Query("select count(r) from Referral r where r.scopePath like concat(?1, '%')"
			+ " and r.status = org.fangkong.medical.ReferralStatus.OPEN and r.detectedAt < ?2")
	long countOpenSince(String scopePath, Instant before);

}
