package org.fangkong.cases;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The append-only lines of a case: its classifications and the places visited. */
final class CaseEntries {

	private CaseEntries() {
	}

	/** One classification of a case, with who gave it and when. */
	@Entity(name = "CaseClassificationEntry")
	@Table(name = "case_classification")
	static class Classification {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		private Long id;

		private long caseId;

		@Enumerated(EnumType.STRING)
		private CaseClassification classification;

		private Instant changedAt;

		private String changedBy;

		private String note;

		protected Classification() {
		}

		Classification(long caseId, CaseClassification classification, Instant changedAt, String changedBy,
				String note) {
			this.caseId = caseId;
			this.classification = classification;
			this.changedAt = changedAt;
			this.changedBy = changedBy;
			this.note = note;
		}

		Cases.ClassificationView toView() {
			return new Cases.ClassificationView(this.classification, this.changedAt, this.changedBy, this.note);
		}

	}

	/** A place the case visited, from when to when (流调). */
	@Entity(name = "CaseVisitEntry")
	@Table(name = "case_visit")
	static class Visit {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		private Long id;

		private long caseId;

		private String place;

		private Instant visitedFrom;

		private Instant visitedUntil;

		private String note;

		private Instant recordedAt;

		private String recordedBy;

		protected Visit() {
		}

		Visit(long caseId, String place, Instant visitedFrom, Instant visitedUntil, String note, Instant recordedAt,
				String recordedBy) {
			this.caseId = caseId;
			this.place = place;
			this.visitedFrom = visitedFrom;
			this.visitedUntil = visitedUntil;
			this.note = note;
			this.recordedAt = recordedAt;
			this.recordedBy = recordedBy;
		}

		Cases.VisitView toView() {
			return new Cases.VisitView(this.place, this.visitedFrom, this.visitedUntil, this.note, this.recordedBy);
		}

	}

}
