package org.fangkong.volunteer;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An order of the HQ (调派指令): a task at a place (a jurisdiction node, or a point placed in
 * the issuer's node) in a time window, for {@code needed} people with some skills,
 * addressed to a team, an echelon or named people. Its state changes by conditional
 * updates ({@link OrderRepository}), so that two people taking the last seat at once
 * cannot both get it; the entity is written once, when issued.
 */
@Entity
@Table(name = "dispatch_order")
class DispatchOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String task;

	private long jurisdictionId;

	private String jurisdictionPath;

	private boolean placeIsNode;

	private Double latitude;

	private Double longitude;

	private Instant fromAt;

	private Instant toAt;

	private int needed;

	private int accepted;

	private String skills;

	private Long teamId;

	private Integer echelon;

	@Enumerated(EnumType.STRING)
	private OrderStatus status;

	private String issuedBy;

	private Instant issuedAt;

	private Instant doneAt;

	protected DispatchOrder() {
	}

	DispatchOrder(OrderRules.Valid order, String jurisdictionPath, String issuedBy, Instant issuedAt) {
		this.task = order.task();
		this.jurisdictionId = order.jurisdictionId();
		this.jurisdictionPath = jurisdictionPath;
		this.placeIsNode = order.placeIsNode();
		this.latitude = order.latitude();
		this.longitude = order.longitude();
		this.fromAt = order.from();
		this.toAt = order.to();
		this.needed = order.needed();
		this.skills = Volunteer.joinSkills(order.skills());
		this.teamId = order.teamId();
		this.echelon = order.echelon();
		this.status = OrderStatus.ISSUED;
		this.issuedBy = issuedBy;
		this.issuedAt = issuedAt;
	}

	Long getId() {
		return this.id;
	}

	String getTask() {
		return this.task;
	}

	long getJurisdictionId() {
		return this.jurisdictionId;
	}

	String getJurisdictionPath() {
		return this.jurisdictionPath;
	}

	boolean isPlaceIsNode() {
		return this.placeIsNode;
	}

	Double getLatitude() {
		return this.latitude;
	}

	Double getLongitude() {
		return this.longitude;
	}

	Instant getFromAt() {
		return this.fromAt;
	}

	Instant getToAt() {
		return this.toAt;
	}

	int getNeeded() {
		return this.needed;
	}

	int getAccepted() {
		return this.accepted;
	}

	Set<VolunteerSkill> skillSet() {
		return Volunteer.splitSkills(this.skills);
	}

	Long getTeamId() {
		return this.teamId;
	}

	Integer getEchelon() {
		return this.echelon;
	}

	OrderStatus getStatus() {
		return this.status;
	}

	String getIssuedBy() {
		return this.issuedBy;
	}

	Instant getIssuedAt() {
		return this.issuedAt;
	}

	Instant getDoneAt() {
		return this.doneAt;
	}

	/** Overdue: still open after its window ended. */
	boolean overdue(Instant now) {
		return this.status.open() && !this.toAt.isAfter(now);
	}

	/** Unfilled: seats still free when its window has begun. */
	boolean unfilled(Instant now) {
		return this.status == OrderStatus.ISSUED && !this.fromAt.isAfter(now);
	}

}
