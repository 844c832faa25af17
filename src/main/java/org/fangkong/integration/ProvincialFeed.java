package org.fangkong.integration;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.fangkong.cases.CaseClassified;
import org.fangkong.checkpoint.FeverDetected;
import org.fangkong.checkpoint.TravellerArrived;
import org.fangkong.medical.ReferralProgressed;
import org.fangkong.screening.FeverReported;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

/**
 * The feed of public events to a provincial platform (省级平台) over RabbitMQ (issue #18 item
 * 5), switched on by {@code fangkong.integration.rabbit.enabled=true}; the broker is
 * Spring Boot's {@code spring.rabbitmq.*}. Each selected event is sent as its JSON to the
 * topic exchange {@code fangkong.integration.rabbit.exchange} (declared durable at the
 * first connection) under its routing key in {@link #ROUTING_KEYS}; docs/api.md describes
 * the message.
 * <p>
 * Delivery is at least once: Spring Modulith's externaliser is an
 * {@code @ApplicationModuleListener}, so the event publication registry records the
 * delivery in the transaction that raised the event, and the message goes out only after
 * that commits. The delivery is complete only once the broker confirmed the message
 * (publisher confirms, {@code spring.rabbitmq.publisher-confirm-type=correlated}); a
 * broker that is down, refuses it or does not confirm within {@link #CONFIRM_WITHIN}
 * leaves the publication incomplete, and it is sent again by {@code EventResubmission}
 * and at restart. A consumer may therefore see an event twice and recognises it by its
 * ids.
 * <p>
 * Wired by hand: {@code spring-modulith-events-amqp}, whose auto-configuration
 * ({@code RabbitEventExternalizerConfiguration}) would contribute the same
 * {@link DelegatingEventExternalizer} on a {@code RabbitTemplate}, is not available from
 * our registry. Unlike that one, this one selects the events by type (not by
 * {@code @Externalized}, which would make the owning modules know about the feed) and
 * waits for the broker's confirm before the publication counts as done. When the feed is
 * off none of these beans exists: Modulith's own externalisation configuration then
 * selects only {@code @Externalized} events, of which there are none, and without an
 * externaliser nothing is recorded or sent.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("fangkong.integration.rabbit.enabled")
class ProvincialFeed {

	/**
	 * The events on the feed and their routing keys ({@code <module>.<event>}). Not on
	 * it: {@code PersonPlaced}, the coordinates of a person's home, and the events that
	 * modules keep to themselves.
	 */
	static final Map<Class<?>, String> ROUTING_KEYS = routingKeys();

	/** How long the broker may take to confirm a message before it is sent again. */
	static final Duration CONFIRM_WITHIN = Duration.ofSeconds(30);

	private static Map<Class<?>, String> routingKeys() {
		Map<Class<?>, String> keys = new LinkedHashMap<>();
		keys.put(TravellerArrived.class, "checkpoint.traveller-arrived");
		keys.put(FeverDetected.class, "checkpoint.fever-detected");
		keys.put(FeverReported.class, "screening.fever-reported");
		keys.put(ReferralProgressed.class, "medical.referral-progressed");
		keys.put(CaseClassified.class, "cases.case-classified");
		return Map.copyOf(keys);
	}

	@Bean
	TopicExchange provincialFeedExchange(@Value("${fangkong.integration.rabbit.exchange}") String exchange) {
		return new TopicExchange(exchange, true, false);
	}

	/**
	 * Replaces Modulith's default configuration (events annotated {@code @Externalized}).
	 */
	@Bean
	EventExternalizationConfiguration provincialFeedSelection(
			@Value("${fangkong.integration.rabbit.exchange}") String exchange) {
		return EventExternalizationConfiguration.externalizing()
			.select((event) -> ROUTING_KEYS.containsKey(event.getClass()))
			.routeAll((event) -> RoutingTarget.forTarget(exchange).andKey(ROUTING_KEYS.get(event.getClass())))
			.build();
	}

	@Bean
	DelegatingEventExternalizer provincialFeedExternalizer(EventExternalizationConfiguration selection,
			RabbitTemplate rabbit, JsonMapper json, Clock clock) {
		if (!rabbit.getConnectionFactory().isPublisherConfirms()) {
			throw new IllegalStateException("fangkong.integration.rabbit.enabled=true needs "
					+ "spring.rabbitmq.publisher-confirm-type=correlated: without the broker's confirm a message "
					+ "could be lost while its delivery counts as done");
		}
		return new DelegatingEventExternalizer(selection, (target, event) -> {
			Message message = MessageBuilder.withBody(json.writeValueAsBytes(event))
				.setContentType(MessageProperties.CONTENT_TYPE_JSON)
				.setContentEncoding("UTF-8")
				.setType(target.getKey())
				.setAppId("fangkong")
				.setTimestamp(Date.from(clock.instant()))
				.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
				.build();
			CorrelationData confirm = new CorrelationData();
			rabbit.send(target.getTarget(), target.getKey(), message, confirm);
			return confirm.getFuture()
				.orTimeout(CONFIRM_WITHIN.toMillis(), TimeUnit.MILLISECONDS)
				.thenCompose((answer) -> answer.ack() ? CompletableFuture.completedFuture(null) : CompletableFuture
					.failedFuture(new IllegalStateException("RabbitMQ refused " + target + ": " + answer.reason())));
		});
	}

}
