package org.fangkong.notice;

import java.time.Instant;
import java.util.List;

/** The records the notice module answers. */
public final class NoticeViews {

	private NoticeViews() {
	}

	/**
	 * One addressee with its acknowledgement ({@code acknowledged} and when, by whom).
	 */
	public record AddresseeView(long id, AddresseeKind kind, long targetId, String name, boolean acknowledged,
			Instant acknowledgedAt, String acknowledgedBy, Instant remindedAt) {

	}

	/**
	 * A notice with its addressees. {@code mine}: the addressees the reader answers for;
	 * {@code mayRecord}: the reader may record a unit's acknowledgement (the HQ).
	 */
	public record NoticeView(long id, String title, String text, Urgency urgency, String issuedBy, Instant issuedAt,
			List<AddresseeView> addressees, List<Long> mine, boolean mayRecord) {

		public long acknowledged() {
			return this.addressees.stream().filter(AddresseeView::acknowledged).count();
		}

		public boolean mineOpen() {
			return this.addressees.stream().anyMatch((a) -> this.mine.contains(a.id()) && !a.acknowledged());
		}

	}

	/** A line of the notice list. */
	public record NoticeLine(long id, String title, Urgency urgency, Instant issuedAt, long addressees,
			long acknowledged, long reminded, boolean mineOpen) {

	}

}
