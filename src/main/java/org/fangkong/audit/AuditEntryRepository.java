package org.fangkong.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

	Page<AuditEntry> findAllByOrderByIdDesc(Pageable pageable);

	Page<AuditEntry> findByActionOrderByIdDesc(String action, Pageable pageable);

	List<AuditEntry> findByActorAndActionOrderByIdDesc(String actor, String action);

}
