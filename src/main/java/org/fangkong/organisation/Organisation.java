package org.fangkong.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fangkong.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The command HQ, its working groups, their staff and the work units. */
@Service
@Transactional(readOnly = true)
public class Organisation {

	private final CommandHqRepository headquarters;

	private final WorkingGroupRepository groups;

	private final StaffMemberRepository staff;

	private final WorkUnitRepository units;

	Organisation(CommandHqRepository headquarters, WorkingGroupRepository groups, StaffMemberRepository staff,
			WorkUnitRepository units) {
		this.headquarters = headquarters;
		this.groups = groups;
		this.staff = staff;
		this.units = units;
	}

	@Transactional
	public long establishHeadquarters(String name, long jurisdictionId, LocalDate establishedOn) {
		return this.headquarters.save(new CommandHq(name, jurisdictionId, establishedOn)).getId();
	}

	@Transactional
	public long addWorkingGroup(long hqId, String code, String nameZh, String nameEn, String leaderName,
			String leaderTitle) {
		CommandHq hq = this.headquarters.findById(hqId).orElseThrow(() -> new NotFoundException("hq", hqId));
		return this.groups.save(new WorkingGroup(hq, code, nameZh, nameEn, leaderName, leaderTitle)).getId();
	}

	@Transactional
	public void addStaff(long groupId, String name, String position, String phone, String unitName) {
		WorkingGroup group = this.groups.findById(groupId)
			.orElseThrow(() -> new NotFoundException("working group", groupId));
		this.staff.save(new StaffMember(group, name, position, phone, unitName));
	}

	@Transactional
	public void addUnit(String code, String name, String kind) {
		this.units.save(new WorkUnit(code, name, kind));
	}

	public Optional<HeadquartersView> headquarters() {
		return this.headquarters.findFirstByOrderById()
			.map((hq) -> new HeadquartersView(hq.getId(), hq.getName(), hq.getJurisdictionId(), hq.getEstablishedOn(),
					workingGroups(), this.staff.count()));
	}

	/** The working groups with their staff counts, in code order. */
	public List<WorkingGroupView> workingGroups() {
		Map<Long, Long> counts = this.staff.countByGroup()
			.stream()
			.collect(Collectors.toMap((row) -> (Long) row[0], (row) -> (Long) row[1]));
		return this.groups.findAllByOrderByCode()
			.stream()
			.map((group) -> group.toView(counts.getOrDefault(group.getId(), 0L)))
			.toList();
	}

	public Optional<WorkingGroupView> workingGroup(long id) {
		return this.groups.findById(id).map((group) -> group.toView(this.staff.countByWorkingGroupId(id)));
	}

	public Optional<WorkingGroupView> workingGroupByCode(String code) {
		return this.groups.findByCode(code).flatMap((group) -> workingGroup(group.getId()));
	}

	public List<StaffView> staffOf(long groupId) {
		return this.staff.findByWorkingGroupIdOrderById(groupId).stream().map(StaffMember::toView).toList();
	}

	public List<WorkUnitView> units() {
		return this.units.findAllByOrderByCode().stream().map(WorkUnit::toView).toList();
	}

	/** The command HQ (指挥部) with its groups. */
	public record HeadquartersView(long id, String name, long jurisdictionId, LocalDate establishedOn,
			List<WorkingGroupView> workingGroups, long staffCount) {

	}

	/** A special working group (专项工作组). */
	public record WorkingGroupView(long id, String code, String nameZh, String nameEn, String leaderName,
			String leaderTitle, long staffCount) {

	}

	/** A member of a working group's staff. */
	public record StaffView(long id, String name, String position, String phone, String unitName) {

	}

	/** A work unit (单位). */
	public record WorkUnitView(long id, String code, String name, String kind) {

	}

}
