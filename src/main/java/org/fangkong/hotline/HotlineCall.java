package org.fangkong.hotline;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One call to the hotline (来电记录): when, who called (the phone encrypted, SECURITY.md
 * PR1), what about, the question and the answer given, the operator, and whether a
 * follow-up is needed and done; the referral it became, if any.
 */
@Entity
@Table(name = "hotline_call")
class HotlineCall {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant calledAt;

	private String callerName;

	private String callerPhoneEnc;

	private String callerPhoneHash;

	@Enumerated(EnumType.STRING)
	private CallCategory category;

	private String question;

	private String answer;

	private String operator;

	private long jurisdictionId;

	private String scopePath;

	private boolean followUpNeeded;

	private Instant followUpDoneAt;

	private String followUpDoneBy;

	private Long referralId;

	private boolean demo;

	@Version
	private long version;

	protected HotlineCall() {
	}

	HotlineCall(Instant calledAt, String callerName, String callerPhoneEnc, String callerPhoneHash,
			CallCategory category, String question, String answer, String operator, long jurisdictionId,
			String scopePath, boolean followUpNeeded, boolean demo) {
		this.calledAt = calledAt;
		this.callerName = callerName;
		this.callerPhoneEnc = callerPhoneEnc;
		this.callerPhoneHash = callerPhoneHash;
		this.category = category;
		this.question = question;
		this.answer = answer;
		this.operator = operator;
		this.jurisdictionId = jurisdictionId;
		this.scopePath = scopePath;
		this.followUpNeeded = followUpNeeded;
		this.demo = demo;
	}

	/** The follow-up is done; refused when none is needed or it is done already. */
	void followUpDone(String by, Instant at) {
		if (!this.followUpNeeded || this.followUpDoneAt != null) {
			throw new org.fangkong.shared.UnprocessableRequestException("no follow-up open on call " + this.id,
					"hotline.noFollowUpOpen");
		}
		this.followUpDoneAt = at;
		this.followUpDoneBy = by;
	}

	void referredAs(long referralId) {
		this.referralId = referralId;
	}

	Long getId() {
		return this.id;
	}

	Instant getCalledAt() {
		return this.calledAt;
	}

	String getCallerName() {
		return this.callerName;
	}

	String getCallerPhoneEnc() {
		return this.callerPhoneEnc;
	}

	CallCategory getCategory() {
		return this.category;
	}

	String getQuestion() {
		return this.question;
	}

	String getAnswer() {
		return this.answer;
	}

	String getOperator() {
		return this.operator;
	}

	long getJurisdictionId() {
		return this.jurisdictionId;
	}

	String getScopePath() {
		return this.scopePath;
	}

	boolean isFollowUpNeeded() {
		return this.followUpNeeded;
	}

	Instant getFollowUpDoneAt() {
		return this.followUpDoneAt;
	}

	String getFollowUpDoneBy() {
		return this.followUpDoneBy;
	}

	Long getReferralId() {
		return this.referralId;
	}

}
