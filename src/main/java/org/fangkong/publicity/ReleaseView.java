package org.fangkong.publicity;

import java.time.Instant;
import java.util.List;

/**
 * A release as the publicity officers and commanders see it, with where it stands.
 *
 * @param rejectionReason the commander's reasons, when rejected
 */
public record ReleaseView(long id, String title, String body, List<Channel> channels, ReleaseStatus status,
		String author, Instant createdAt, Instant submittedAt, String decidedBy, Instant decidedAt,
		String rejectionReason, boolean demo) {

	public boolean loudspeaker() {
		return this.channels.contains(Channel.LOUDSPEAKER);
	}

}
