package org.fangkong.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unit's daily report (日报) for one reporting date (R-SCR-3). It guards its own
 * workflow: each step checks its state and throws on an illegal one, so that no code path
 * can skip {@link DailyReportRules}. The counted figures are stored only from submission
 * on; approved, they never change again.
 */
@Entity
@Table(name = "daily_report")
class DailyReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long jurisdictionId;

	private String jurisdictionPath;

	private LocalDate reportDate;

	private Instant windowFrom;

	private Instant windowTo;

	@Enumerated(EnumType.STRING)
	private DailyReportState state;

	private String remark;

	private String fillerPhone;

	private String submittedBy;

	private String submittedByName;

	private Instant submittedAt;

	private String approvedBy;

	private String approvedByName;

	private Instant approvedAt;

	private String returnReason;

	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "daily_report_figure", joinColumns = @JoinColumn(name = "report_id"))
	@MapKeyColumn(name = "code")
	@Column(name = "amount")
	private Map<String, Long> figures = new HashMap<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "daily_report_typed", joinColumns = @JoinColumn(name = "report_id"))
	@MapKeyColumn(name = "code")
	@Column(name = "amount")
	private Map<String, Long> typed = new HashMap<>();

	protected DailyReport() {
	}

	DailyReport(long jurisdictionId, String jurisdictionPath, LocalDate reportDate, Instant windowFrom,
			Instant windowTo, Instant createdAt) {
		this.jurisdictionId = jurisdictionId;
		this.jurisdictionPath = jurisdictionPath;
		this.reportDate = reportDate;
		this.windowFrom = windowFrom;
		this.windowTo = windowTo;
		this.createdAt = createdAt;
		this.state = DailyReportState.DRAFT;
	}

	/** The filler's typed figures, remark and phone; only while DRAFT or RETURNED. */
	void fillIn(Map<String, Long> typed, String remark, String fillerPhone) {
		require(DailyReportRules.editable(this.state), "fill in");
		this.typed.clear();
		this.typed.putAll(typed);
		this.remark = remark;
		this.fillerPhone = fillerPhone;
	}

	/** Sent to the level above with the figures counted now: the snapshot. */
	void submit(String by, String byName, Instant at, Map<String, Long> counted) {
		require(DailyReportRules.editable(this.state), "submit");
		this.figures.clear();
		this.figures.putAll(counted);
		this.state = DailyReportState.SUBMITTED;
		this.submittedBy = by;
		this.submittedByName = byName;
		this.submittedAt = at;
		this.returnReason = null;
	}

	/** Signed off: the snapshot is frozen for ever. */
	void approve(String by, String byName, Instant at) {
		require(this.state == DailyReportState.SUBMITTED, "approve");
		this.state = DailyReportState.APPROVED;
		this.approvedBy = by;
		this.approvedByName = byName;
		this.approvedAt = at;
	}

	/** Sent back with a reason: the snapshot is dropped, the figures count live again. */
	void sendBack(String reason) {
		require(this.state == DailyReportState.SUBMITTED, "return");
		this.state = DailyReportState.RETURNED;
		this.returnReason = reason;
		this.figures.clear();
	}

	private void require(boolean allowed, String step) {
		if (!allowed) {
			throw new IllegalStateException("daily report " + this.id + ": cannot " + step + " when " + this.state);
		}
	}

	Long getId() {
		return this.id;
	}

	long getJurisdictionId() {
		return this.jurisdictionId;
	}

	String getJurisdictionPath() {
		return this.jurisdictionPath;
	}

	LocalDate getReportDate() {
		return this.reportDate;
	}

	Instant getWindowFrom() {
		return this.windowFrom;
	}

	Instant getWindowTo() {
		return this.windowTo;
	}

	DailyReportState getState() {
		return this.state;
	}

	String getRemark() {
		return this.remark;
	}

	String getFillerPhone() {
		return this.fillerPhone;
	}

	String getSubmittedBy() {
		return this.submittedBy;
	}

	String getSubmittedByName() {
		return this.submittedByName;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	String getApprovedBy() {
		return this.approvedBy;
	}

	String getApprovedByName() {
		return this.approvedByName;
	}

	Instant getApprovedAt() {
		return this.approvedAt;
	}

	String getReturnReason() {
		return this.returnReason;
	}

	long getVersion() {
		return this.version;
	}

	Map<String, Long> getFigures() {
		return Map.copyOf(this.figures);
	}

	Map<String, Long> getTyped() {
		return Map.copyOf(this.typed);
	}

}
