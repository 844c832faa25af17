package org.fangkong.hotline;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HotlineCallRepository extends JpaRepository<HotlineCall, Long> {

	/** The calls under the scope path, newest first. */
	@Query("select c from HotlineCall c where c.scopePath like concat(?1, '%') order by c.calledAt desc, c.id desc")
	Slice<HotlineCall> findVisible(String scopePath, Pageable page);

	/** The calls under the scope path whose follow-up is still open, oldest first. */
	@Query("select c from HotlineCall c where c.scopePath like concat(?1, '%') and c.followUpNeeded = true"
			+ " and c.followUpDoneAt is null order by c.calledAt, c.id")
	Slice<HotlineCall> findFollowUpsOpen(String scopePath, Pageable page);

	@Query("select count(c) from HotlineCall c where c.scopePath like concat(?1, '%') and c.followUpNeeded = true"
			+ " and c.followUpDoneAt is null")
	long countFollowUpsOpen(String scopePath);

	@Query("select count(c) from HotlineCall c where c.scopePath like concat(?1, '%') and c.calledAt >= ?2")
	long countSince(String scopePath, java.time.Instant since);

}

interface HotlineAnswerRepository extends JpaRepository<HotlineAnswer, Long> {

	/**
	 * What the table holds in a few numbers (how many answers, the highest id, the latest
	 * change), for a node to see whether its index is behind.
	 */
	@Query("select new org.fangkong.hotline.AnswerFingerprint(count(a), max(a.id), max(a.updatedAt))"
			+ " from HotlineAnswer a")
	AnswerFingerprint fingerprint();

}

/** How many answers, the highest id, the latest change. */
record AnswerFingerprint(Long count, Long maxId, java.time.Instant latest) {

}
