package org.fangkong.roster;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person who can be rostered. Without a checkpoint they belong to the pool of the key
 * checkpoints of their jurisdiction; with one, to that checkpoint only (village
 * checkpoints staffed by their own village's people).
 */
@Entity
@Table(name = "roster_staff")
class PoolMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private Grade grade;

	private String unit;

	private String skills;

	private Integer echelon;

	private Long userId;

	private Long checkpointId;

	private long jurisdictionId;

	private String jurisdictionPath;

	private Instant createdAt;

	private String idNumberEnc;

	private String idNumberHash;

	private String idNumberMasked;

	private boolean noNights;

	private String daysOff;

	protected PoolMember() {
	}

	PoolMember(StaffPool.NewStaff staff, Set<Skill> skills, String jurisdictionPath, Instant createdAt) {
		this.name = staff.name();
		this.grade = staff.grade();
		this.unit = staff.unit();
		this.skills = skills.stream().map(Skill::name).sorted().collect(Collectors.joining(","));
		this.echelon = staff.echelon();
		this.userId = staff.userId();
		this.checkpointId = staff.checkpointId();
		this.jurisdictionId = staff.jurisdictionId();
		this.jurisdictionPath = jurisdictionPath;
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

	/**
	 * The encrypted ID number, its keyed lookup hash and its masked form (all null:
	 * none).
	 */
	void identify(String encrypted, String hash, String masked) {
		this.idNumberEnc = encrypted;
		this.idNumberHash = hash;
		this.idNumberMasked = masked;
	}

	String getIdNumberHash() {
		return this.idNumberHash;
	}

	boolean isNoNights() {
		return this.noNights;
	}

	/** The preferred days off as a bit mask (bit d for ISO day d). */
	int daysOffMask() {
		return daysOffSet().stream().mapToInt((d) -> 1 << d.getValue()).sum();
	}

	java.util.SortedSet<java.time.DayOfWeek> daysOffSet() {
		java.util.SortedSet<java.time.DayOfWeek> days = new java.util.TreeSet<>();
		if (this.daysOff != null && !this.daysOff.isBlank()) {
			Arrays.stream(this.daysOff.split(",")).map(java.time.DayOfWeek::valueOf).forEach(days::add);
		}
		return days;
	}

	void prefer(boolean noNights, Set<java.time.DayOfWeek> daysOff) {
		this.noNights = noNights;
		this.daysOff = daysOff.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	String getUnit() {
		return this.unit;
	}

	String getName() {
		return this.name;
	}

	Integer getEchelon() {
		return this.echelon;
	}

	Long getUserId() {
		return this.userId;
	}

	Long getCheckpointId() {
		return this.checkpointId;
	}

	String getJurisdictionPath() {
		return this.jurisdictionPath;
	}

	Set<Skill> skillSet() {
		Set<Skill> set = EnumSet.noneOf(Skill.class);
		if (this.skills != null && !this.skills.isBlank()) {
			Arrays.stream(this.skills.split(",")).map(Skill::valueOf).forEach(set::add);
		}
		return set;
	}

	StaffPool.StaffView toView() {
		return new StaffPool.StaffView(this.id, this.name, this.grade, this.unit, skillSet(), this.echelon, this.userId,
				this.checkpointId, this.jurisdictionId, this.idNumberMasked, this.noNights, daysOffSet());
	}

}
