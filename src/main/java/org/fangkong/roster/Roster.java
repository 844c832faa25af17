package org.fangkong.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A duty roster for some checkpoints and days: a draft until a commander publishes it.
 */
@Entity
@Table(name = "roster")
class Roster {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate fromDate;

	private LocalDate toDate;

	@Enumerated(EnumType.STRING)
	private RosterStatus status;

	private String score;

	private String message;

	private long jurisdictionId;

	private String jurisdictionPath;

	private String createdBy;

	private Instant createdAt;

	private String publishedBy;

	private Instant publishedAt;

	private Instant replannedFrom;

	private String replannedBy;

	private Instant replannedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "roster_checkpoint", joinColumns = @JoinColumn(name = "roster_id"))
	@Column(name = "checkpoint_id")
	private Set<Long> checkpointIds = new LinkedHashSet<>();

	protected Roster() {
	}

	Roster(LocalDate from, LocalDate to, Set<Long> checkpointIds, long jurisdictionId, String jurisdictionPath,
			String createdBy, Instant createdAt) {
		this.fromDate = from;
		this.toDate = to;
		this.checkpointIds.addAll(checkpointIds);
		this.jurisdictionId = jurisdictionId;
		this.jurisdictionPath = jurisdictionPath;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.status = RosterStatus.DRAFT;
	}

	Long getId() {
		return this.id;
	}

	LocalDate getFromDate() {
		return this.fromDate;
	}

	LocalDate getToDate() {
		return this.toDate;
	}

	RosterStatus getStatus() {
		return this.status;
	}

	String getJurisdictionPath() {
		return this.jurisdictionPath;
	}

	Set<Long> getCheckpointIds() {
		return this.checkpointIds;
	}

	void solving() {
		this.status = RosterStatus.SOLVING;
		this.message = null;
	}

	void refused(String message) {
		this.message = message;
	}

	void solved(String score) {
		this.status = RosterStatus.SOLVED;
		this.score = score;
	}

	void failed(String message) {
		this.status = RosterStatus.DRAFT;
		this.message = message;
	}

	void published(String by, Instant at) {
		this.status = RosterStatus.PUBLISHED;
		this.publishedBy = by;
		this.publishedAt = at;
	}

	Instant getPublishedAt() {
		return this.publishedAt;
	}

	/** From when a published roster is being (or was last) re-planned; null if never. */
	Instant getReplannedFrom() {
		return this.replannedFrom;
	}

	/**
	 * Re-planning a published roster from an instant: a draft again until it is solved
	 * and published anew; the shifts before stay published meanwhile.
	 */
	void replanning(Instant from, String by, Instant at) {
		this.status = RosterStatus.DRAFT;
		this.message = null;
		this.replannedFrom = from;
		this.replannedBy = by;
		this.replannedAt = at;
	}

	Rosters.RosterSummary toSummary() {
		return new Rosters.RosterSummary(this.id, this.fromDate, this.toDate, this.status, this.score,
				Set.copyOf(this.checkpointIds), this.message, this.createdBy, this.createdAt, this.publishedBy,
				this.publishedAt, this.replannedFrom, this.replannedBy, this.replannedAt);
	}

}
