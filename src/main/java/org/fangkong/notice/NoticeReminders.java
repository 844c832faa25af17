package org.fangkong.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder (催办, issue #17 item 4): an addressee still silent
 * {@code fangkong.notice.remind-after} (2 h; urgent notices
 * {@code fangkong.notice.remind-after-urgent}, 30 min) after the notice was issued is
 * marked as reminded, once. The addressee's home page then shows the notice as reminded,
 * and the HQ's notice page and home card show who was reminded and is still silent. No
 * outside messaging service: the platform is the channel.
 */
@Component
public class NoticeReminders {

	private static final Logger log = LoggerFactory.getLogger(NoticeReminders.class);

	private final NoticeReads reads;

	private final Clock clock;

	private final Duration after;

	private final Duration afterUrgent;

	NoticeReminders(NoticeReads reads, Clock clock, @Value("${fangkong.notice.remind-after:2h}") Duration after,
			@Value("${fangkong.notice.remind-after-urgent:30m}") Duration afterUrgent) {
		this.reads = reads;
		this.clock = clock;
		this.after = after;
		this.afterUrgent = afterUrgent;
	}

	@SchedulerLock(name = "notice-reminders")
	@Scheduled(initialDelayString = "${fangkong.notice.remind-check-every:1m}",
			fixedDelayString = "${fangkong.notice.remind-check-every:1m}")
	void scheduled() {
		remindNow();
	}

	/** Reminds the addressees due now; answers how many. */
	@Transactional
	public int remindNow() {
		Instant now = Instant.now(this.clock);
		int reminded = this.reads.remind(Urgency.NORMAL, now.minus(this.after), now)
				+ this.reads.remind(Urgency.URGENT, now.minus(this.afterUrgent), now);
		if (reminded > 0) {
			log.info("reminded {} addressees of notices", reminded);
		}
		return reminded;
	}

}
