package org.fangkong.publicity;

import java.time.Instant;
import java.util.List;

/**
 * An approved release as the public reads it (the public page, the Atom feed): nothing
 * about who wrote or approved it.
 *
 * @param publishedAt when a commander approved it
 */
public record PublishedRelease(long id, String title, String body, List<Channel> channels, Instant publishedAt) {

	public boolean loudspeaker() {
		return this.channels.contains(Channel.LOUDSPEAKER);
	}

}
