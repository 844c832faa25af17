package org.fangkong.volunteer;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A team of the reserve (R-VOL-3): a village work team, an assault team or a screening
 * group.
 */
@Entity
@Table(name = "volunteer_team")
class Team {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private TeamKind kind;

	private Long leaderId;

	private long jurisdictionId;

	private String jurisdictionPath;

	private boolean demo;

	private Instant createdAt;

	protected Team() {
	}

	Team(String name, TeamKind kind, Long leaderId, long jurisdictionId, String jurisdictionPath, boolean demo,
			Instant createdAt) {
		this.name = name;
		this.kind = kind;
		this.leaderId = leaderId;
		this.jurisdictionId = jurisdictionId;
		this.jurisdictionPath = jurisdictionPath;
		this.demo = demo;
		this.createdAt = createdAt;
	}

	/** The team revised: its name, kind, leader and node. */
	void revise(String name, TeamKind kind, Long leaderId, long jurisdictionId, String jurisdictionPath) {
		this.name = name;
		this.kind = kind;
		this.leaderId = leaderId;
		this.jurisdictionId = jurisdictionId;
		this.jurisdictionPath = jurisdictionPath;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	TeamKind getKind() {
		return this.kind;
	}

	Long getLeaderId() {
		return this.leaderId;
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

}
