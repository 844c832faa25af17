package org.fangkong.medical;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, Long> {

	boolean existsBySourceAndSourceId(ReferralSource source, long sourceId);

	@Query("select r from Referral r where r.jurisdictionId in ?1 order by r.status, r.detectedAt desc")
	List<Referral> findVisible(Collection<Long> jurisdictionIds, Limit limit);

}
