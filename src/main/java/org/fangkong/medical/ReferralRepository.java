package org.fangkong.medical;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, Long> {

	boolean existsBySourceAndSourceId(ReferralSource source, long sourceId);

	List<Referral> findBySourceAndSourceIdIn(ReferralSource source, Collection<Long> sourceIds);

	/**
	 * The referrals whose node lies under the scope path, open ones first, newest first.
	 */
	@Query("select r from Referral r where r.scopePath like concat(?1, '%') order by r.status, r.detectedAt desc, r.id desc")
	List<Referral> findVisible(String scopePath, Limit limit);

	/** How many referrals under the scope path have this status. */
	@Query("select count(r) from Referral r where r.scopePath like concat(?1, '%') and r.status = ?2")
	long countInScope(String scopePath, ReferralStatus status);

}
