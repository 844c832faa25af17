package org.fangkong.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.fangkong.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The plain-text script of an approved loudspeaker release (村屯大喇叭广播稿, R-PUB-1): what the
 * village cadre reads out, in Chinese as it is read, with the date and a reminder to read
 * it twice. Only approved releases on the loudspeaker channel have one.
 */
@Component
public class LoudspeakerScript {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final Releases releases;

	private final Clock clock;

	LoudspeakerScript(Releases releases, Clock clock) {
		this.releases = releases;
		this.clock = clock;
	}

	/** The script of an approved loudspeaker release; any other is not found. */
	public String of(long id) {
		PublishedRelease release = this.releases.publishedOne(id)
			.filter(PublishedRelease::loudspeaker)
			.orElseThrow(() -> new NotFoundException("release", id));
		LocalDate day = release.publishedAt().atZone(this.clock.getZone()).toLocalDate();
		StringBuilder script = new StringBuilder();
		script.append("【村屯大喇叭广播稿】").append('\n');
		script.append(release.title()).append('\n');
		script.append("发布日期：").append(DATE.format(day)).append('\n').append('\n');
		for (String paragraph : release.body().split("\n")) {
			if (!paragraph.isBlank()) {
				script.append(paragraph.strip()).append('\n').append('\n');
			}
		}
		script.append("（以上内容请连续播报两遍，每天早、中、晚各播报一次。）").append('\n');
		return script.toString();
	}

}
