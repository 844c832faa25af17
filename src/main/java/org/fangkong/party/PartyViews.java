package org.fangkong.party;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records and requests of the party module. */
public final class PartyViews {

	private PartyViews() {
	}

	/** Where a temporary branch (临时党支部) is attached. */
	public enum BranchKind {

		HQ_OFFICE, MEDICAL, CHECKPOINT_GROUP

	}

	/** A member's duty in the branch. */
	public enum Duty {

		SECRETARY, DEPUTY, MEMBER

	}

	/** Who is commended. */
	public enum CommendationKind {

		MEMBER, ORGANISATION

	}

	/** A branch's member. */
	public record Member(String name, Duty duty, String unit) {

	}

	/** A flag raised at a checkpoint (党旗). */
	public record Flag(long checkpointId, String checkpointName, LocalDate raisedOn) {

	}

	/** A temporary branch with its members and flags. */
	public record BranchView(long id, String name, BranchKind kind, String attachedTo, LocalDate foundedOn,
			List<Member> members, List<Flag> flags) {

		/** The secretary's name, or null. */
		public String secretary() {
			return this.members.stream()
				.filter((m) -> m.duty() == Duty.SECRETARY)
				.map(Member::name)
				.findFirst()
				.orElse(null);
		}

	}

	/** A new branch: name, kind, what it is attached to, members (one secretary). */
	public record NewBranch(String name, BranchKind kind, String attachedTo, LocalDate foundedOn,
			List<Member> members) {

	}

	/** A special fund and its balance. */
	public record FundView(long id, String name, BigDecimal balance, List<FundEntry> entries) {

	}

	/** One line of a fund's ledger. */
	public record FundEntry(long id, String kind, BigDecimal amount, String purpose, BigDecimal balanceAfter,
			String recordedBy, Instant recordedAt) {

	}

	/** An allocation to or a spending from a fund. */
	public record FundRequest(BigDecimal amount, String purpose) {

	}

	/** A commendation (表彰). */
	public record CommendationView(long id, CommendationKind kind, String name, String reason, LocalDate commendedOn) {

	}

	/** A note on a cadre's performance. */
	public record CadreNote(long id, String cadreName, String position, String note, String writtenBy,
			Instant writtenAt) {

	}

	/** A new note on a cadre. */
	public record NewCadreNote(String cadreName, String position, String note) {

	}

}
