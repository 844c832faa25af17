package org.fangkong.screening;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArrivalLeadRepository extends JpaRepository<ArrivalLead, Long> {

	boolean existsByRegistrationId(long registrationId);

	List<ArrivalLead> findByGridIdInOrderByArrivedAtDesc(Collection<Long> gridIds);

}
