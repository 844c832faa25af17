package org.fangkong.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommandHqRepository extends JpaRepository<CommandHq, Long> {

	Optional<CommandHq> findFirstByOrderById();

}

interface WorkingGroupRepository extends JpaRepository<WorkingGroup, Long> {

	List<WorkingGroup> findAllByOrderByCode();

	Optional<WorkingGroup> findByCode(String code);

}

interface StaffMemberRepository extends JpaRepository<StaffMember, Long> {

	List<StaffMember> findByWorkingGroupIdOrderById(long workingGroupId);

	long countByWorkingGroupId(long workingGroupId);

	@Query("select s.workingGroup.id, count(s) from StaffMember s group by s.workingGroup.id")
	List<Object[]> countByGroup();

}

interface WorkUnitRepository extends JpaRepository<WorkUnit, Long> {

	List<WorkUnit> findAllByOrderByCode();

}
