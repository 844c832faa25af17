package org.fangkong.volunteer;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * A prevention unit (包保单位, R-GRID-3): a residential building or quarter (a jurisdiction
 * node) assigned to a work unit of the organisation and served by a team. A node has one
 * assignment at a time.
 */
@Entity
@Table(name = "prevention_unit")
class PreventionUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long jurisdictionId;

	private String jurisdictionPath;

	private long workUnitId;

	private long teamId;

	private String assignedBy;

	private Instant assignedAt;

	protected PreventionUnit() {
	}

	PreventionUnit(long jurisdictionId, String jurisdictionPath, long workUnitId, long teamId, String assignedBy,
			Instant assignedAt) {
		this.jurisdictionId = jurisdictionId;
		this.jurisdictionPath = jurisdictionPath;
		assign(workUnitId, teamId, assignedBy, assignedAt);
	}

	void assign(long workUnitId, long teamId, String assignedBy, Instant assignedAt) {
		this.workUnitId = workUnitId;
		this.teamId = teamId;
		this.assignedBy = assignedBy;
		this.assignedAt = assignedAt;
	}

	Long getId() {
		return this.id;
	}

	long getJurisdictionId() {
		return this.jurisdictionId;
	}

	long getWorkUnitId() {
		return this.workUnitId;
	}

	long getTeamId() {
		return this.teamId;
	}

}

interface PreventionUnitRepository extends JpaRepository<PreventionUnit, Long> {

	java.util.Optional<PreventionUnit> findByJurisdictionId(long jurisdictionId);

	List<PreventionUnit> findByTeamIdOrderById(long teamId);

}
