package org.fangkong.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person of the reserve (志愿者). The phone and the ID number are stored encrypted with a
 * keyed hash beside them (PR1); the ID number's hash is what screening is asked about
 * (under an observation measure or not).
 */
@Entity
@Table(name = "volunteer")
class Volunteer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String unit;

	private LocalDate birthDate;

	private String skills;

	private Integer medicalEchelon;

	private String phoneEnc;

	private String phoneHash;

	private String idNumberEnc;

	private String idNumberHash;

	private LocalTime availableFrom;

	private LocalTime availableUntil;

	private Long userId;

	private long jurisdictionId;

	private String jurisdictionPath;

	private boolean demo;

	private Instant createdAt;

	protected Volunteer() {
	}

	Volunteer(VolunteerRules.Valid valid, Protected identifiers, String jurisdictionPath, boolean demo,
			Instant createdAt) {
		this.name = valid.name();
		this.unit = valid.unit();
		this.birthDate = valid.birthDate();
		this.skills = joinSkills(valid.skills());
		this.medicalEchelon = valid.medicalEchelon();
		this.phoneEnc = identifiers.phoneEnc();
		this.phoneHash = identifiers.phoneHash();
		this.idNumberEnc = identifiers.idNumberEnc();
		this.idNumberHash = identifiers.idNumberHash();
		this.availableFrom = valid.availableFrom();
		this.availableUntil = valid.availableUntil();
		this.userId = valid.userId();
		this.jurisdictionId = valid.jurisdictionId();
		this.jurisdictionPath = jurisdictionPath;
		this.demo = demo;
		this.createdAt = createdAt;
	}

	/**
	 * Replaces the record with a revised one (the edit form); the account link, the demo
	 * mark and the creation time stay.
	 */
	void revise(VolunteerRules.Valid valid, Protected identifiers, String jurisdictionPath) {
		this.name = valid.name();
		this.unit = valid.unit();
		this.birthDate = valid.birthDate();
		this.skills = joinSkills(valid.skills());
		this.medicalEchelon = valid.medicalEchelon();
		this.phoneEnc = identifiers.phoneEnc();
		this.phoneHash = identifiers.phoneHash();
		this.idNumberEnc = identifiers.idNumberEnc();
		this.idNumberHash = identifiers.idNumberHash();
		this.availableFrom = valid.availableFrom();
		this.availableUntil = valid.availableUntil();
		this.jurisdictionId = valid.jurisdictionId();
		this.jurisdictionPath = jurisdictionPath;
	}

	static String joinSkills(Set<VolunteerSkill> skills) {
		return skills.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	static Set<VolunteerSkill> splitSkills(String skills) {
		Set<VolunteerSkill> set = EnumSet.noneOf(VolunteerSkill.class);
		if (skills != null && !skills.isBlank()) {
			Arrays.stream(skills.split(",")).map(VolunteerSkill::valueOf).forEach(set::add);
		}
		return set;
	}

	/** Whether the volunteer's daily window (if any) holds the local time {@code at}. */
	boolean availableAt(LocalTime at) {
		if (this.availableFrom == null || this.availableUntil == null) {
			return true;
		}
		if (this.availableFrom.isBefore(this.availableUntil)) {
			return !at.isBefore(this.availableFrom) && at.isBefore(this.availableUntil);
		}
		// a window over midnight, e.g. 20:00–08:00
		return !at.isBefore(this.availableFrom) || at.isBefore(this.availableUntil);
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getUnit() {
		return this.unit;
	}

	LocalDate getBirthDate() {
		return this.birthDate;
	}

	Set<VolunteerSkill> skillSet() {
		return splitSkills(this.skills);
	}

	Integer getMedicalEchelon() {
		return this.medicalEchelon;
	}

	String getPhoneEnc() {
		return this.phoneEnc;
	}

	String getIdNumberEnc() {
		return this.idNumberEnc;
	}

	String getIdNumberHash() {
		return this.idNumberHash;
	}

	LocalTime getAvailableFrom() {
		return this.availableFrom;
	}

	LocalTime getAvailableUntil() {
		return this.availableUntil;
	}

	Long getUserId() {
		return this.userId;
	}

	long getJurisdictionId() {
		return this.jurisdictionId;
	}

	String getJurisdictionPath() {
		return this.jurisdictionPath;
	}

	boolean isDemo() {
		return this.demo;
	}

	/** The identifiers as stored: encrypted, with their keyed hashes. */
	record Protected(String phoneEnc, String phoneHash, String idNumberEnc, String idNumberHash) {

	}

}
