package org.fangkong;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Events that finish (issue #7, SECURITY.md RE3): a listener that failed, or an instance
 * that died while handling an event, leaves its publication incomplete in
 * {@code event_publication}. Besides the republication at restart, this job hands every
 * publication that is still incomplete {@code fangkong.events.resubmit-older-than} after
 * it was published to its listener again, every {@code fangkong.events.resubmit-every},
 * until it completes. Listeners must therefore be idempotent: a slow one may be called
 * again while it still runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventResubmission {

	private final IncompleteEventPublications incomplete;

	private final Duration olderThan;

	EventResubmission(IncompleteEventPublications incomplete,
			@Value("${fangkong.events.resubmit-older-than:2m}") Duration olderThan) {
		this.incomplete = incomplete;
		this.olderThan = olderThan;
	}

	@SchedulerLock(name = "event-resubmission")
	@Scheduled(initialDelayString = "${fangkong.events.resubmit-every:1m}",
			fixedDelayString = "${fangkong.events.resubmit-every:1m}")
	void resubmitIncompletePublications() {
		this.incomplete.resubmitIncompletePublicationsOlderThan(this.olderThan);
	}

}
