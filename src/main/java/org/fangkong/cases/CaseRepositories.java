package org.fangkong.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

	Optional<CaseFile> findByPersonId(long personId);

	/** A page of the cases under a scope path, newest first (one more than the page). */
	@Query("select c from CaseFile c where c.gridPath like concat(:path, '%') order by c.id desc")
	List<CaseFile> pageUnder(String path, Pageable page);

	@Query("select count(c) from CaseFile c where c.gridPath like concat(:path, '%')")
	long countUnder(String path);

}

interface CaseContactRepository extends JpaRepository<CaseContact, Long> {

	List<CaseContact> findByCaseIdOrderById(long caseId);

	Optional<CaseContact> findByCaseIdAndPersonId(long caseId, long personId);

	/** The first case that accepted this person as a contact: a later case's source. */
	Optional<CaseContact> findFirstByPersonIdAndStatusOrderByDecidedAt(long personId, ContactStatus status);

	@Query("select c from CaseContact c where c.gridPath like concat(:path, '%') and c.status = :status order by c.id desc")
	List<CaseContact> pageUnder(String path, ContactStatus status, Pageable page);

	@Query("select count(c) from CaseContact c where c.gridPath like concat(:path, '%') and c.status = :status")
	long countUnder(String path, ContactStatus status);

}

interface CaseClassificationRepository extends JpaRepository<CaseEntries.Classification, Long> {

	List<CaseEntries.Classification> findByCaseIdOrderById(long caseId);

}

interface CaseVisitRepository extends JpaRepository<CaseEntries.Visit, Long> {

	List<CaseEntries.Visit> findByCaseIdOrderByVisitedFrom(long caseId);

}
