package org.fangkong.integration;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.RabbitBroker;
import org.fangkong.support.RegistrationJson;
import org.fangkong.support.ScreeningCalls;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #18 item 5 against the real broker: with the feed switched on, what the crew, the
 * grid worker and the fever clinic do reaches a queue the provincial platform bound to
 * the exchange — an arrival, a fever at the checkpoint, a fever on a daily check, the
 * referral's steps and the case its CONFIRMED outcome opens — each under its routing key,
 * as JSON carrying ids and no personal data. The exchange has a name of this run's own,
 * so that only the platform can have declared it. A message the broker refuses is sent
 * again until the broker takes it (at least once). Its own application context (the feed
 * is off everywhere else).
 */
@ExtendWith(RabbitBroker.class)
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvincialFeedTests {

	static final String EXCHANGE = "fangkong.events.test-" + UUID.randomUUID();

	@DynamicPropertySource
	static void feed(DynamicPropertyRegistry registry) {
		registry.add("fangkong.integration.rabbit.enabled", () -> "true");
		registry.add("fangkong.integration.rabbit.exchange", () -> EXCHANGE);
		registry.add("spring.rabbitmq.host", () -> RabbitBroker.HOST);
		registry.add("spring.rabbitmq.port", () -> RabbitBroker.PORT);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	AmqpAdmin admin;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	DemoTree tree;

	Queue platform;

	final List<Message> received = new CopyOnWriteArrayList<>();

	@BeforeEach
	void bindThePlatformsQueue() {
		this.tree = new DemoTree(this.jurisdictions, this.checkpoints);
		// a queue of a failed run expires by itself
		this.platform = QueueBuilder.nonDurable("fangkong.test.platform-" + UUID.randomUUID())
			.autoDelete()
			.expires(600_000)
			.build();
		// the first connection declares the platform's exchange; binding to it fails if
		// it was not
		this.admin.declareQueue(this.platform);
		this.admin.declareBinding(platformBinding());
		this.received.clear();
	}

	@AfterEach
	void removeThePlatformsQueue() {
		this.admin.deleteQueue(this.platform.getName());
	}

	@AfterAll
	void removeTheTestExchange() {
		this.admin.deleteExchange(EXCHANGE);
	}

	@Test
	void arrivalsFeversReferralStepsAndCasesReachTheProvincialPlatformAfterTheirCommit() throws Exception {
		String idNumber = TestIds.next();
		long station = this.tree.checkpoint("神树火车站");
		long arrival = register(station, idNumber, "卢省报", "36.6");
		long screening = screeningOf(idNumber);
		long person = personOf(idNumber);
		this.mvc
			.perform(post("/api/v1/screenings/{id}/checks", screening).with(basic("grid"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"temperature\":38.5}"))
			.andExpect(status().isCreated());
		long feverAtCheckpoint = register(station, TestIds.next(), "严省报", "38.9");
		long referral = new ScreeningCalls(this.mvc).referralOf(screening);
		this.mvc.perform(post("/api/v1/referrals/{id}/receive", referral).with(basic("medic")))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/referrals/{id}/outcome", referral).with(basic("medic"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"CONFIRMED\",\"note\":\"核酸阳性\"}"))
			.andExpect(status().isOk());

		String arrived = awaitMessage("checkpoint.traveller-arrived", "$.registrationId", arrival);
		assertThat(((Number) JsonPath.read(arrived, "$.checkpointId")).longValue()).isEqualTo(station);
		assertThat((String) JsonPath.read(arrived, "$.originClass")).isEqualTo("HUBEI");
		assertThat((String) JsonPath.read(arrived, "$.crossedAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
		assertThat(arrived).doesNotContain(idNumber, "卢省报", "13900006666");
		String fever = awaitMessage("checkpoint.fever-detected", "$.registrationId", feverAtCheckpoint);
		assertThat(JsonPath.read(fever, "$.temperature").toString()).isEqualTo("38.9");
		String reported = awaitMessage("screening.fever-reported", "$.screeningId", screening);
		assertThat(JsonPath.read(reported, "$.temperature").toString()).isEqualTo("38.5");
		awaitMessage("medical.referral-progressed", "$.referralId", referral);
		String classified = awaitMessage("cases.case-classified", "$.personId", person);
		assertThat((String) JsonPath.read(classified, "$.classification")).isEqualTo("CONFIRMED");
		assertThat(this.received).noneMatch(
				(message) -> message.getMessageProperties().getReceivedRoutingKey().equals("checkpoint.fever-detected")
						&& body(message).contains("\"registrationId\":" + arrival + ","));

		Message any = this.received.get(0);
		assertThat(any.getMessageProperties().getContentType()).isEqualTo("application/json");
		assertThat(any.getMessageProperties().getAppId()).isEqualTo("fangkong");
		assertThat(any.getMessageProperties().getType()).isEqualTo(any.getMessageProperties().getReceivedRoutingKey());

		this.mvc.perform(get("/actuator/health").with(basic("admin")))
			.andExpect(jsonPath("$.components.rabbit.status").value("UP"));
	}

	@Test
	void aMessageTheBrokerRefusedIsSentAgainUntilTheBrokerTakesIt() throws Exception {
		// the platform is away, and a queue that cannot take anything makes RabbitMQ
		// refuse
		// (nack) every arrival sent to the exchange
		this.admin.removeBinding(platformBinding());
		Queue refusing = QueueBuilder.nonDurable("fangkong.test.refusing-" + UUID.randomUUID())
			.autoDelete()
			.expires(600_000)
			.maxLength(0)
			.overflow(QueueBuilder.Overflow.rejectPublish)
			.build();
		this.admin.declareQueue(refusing);
		this.admin.declareBinding(
				BindingBuilder.bind(refusing).to(new TopicExchange(EXCHANGE)).with("checkpoint.traveller-arrived"));
		long arrival = register(this.tree.checkpoint("神树火车站"), TestIds.next(), "钱重发", "36.6");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> feedPublications("event_publication", arrival, " and status = 'FAILED'") > 0);
		assertThat(feedPublications("event_publication_archive", arrival, "")).isZero();

		this.admin.declareBinding(platformBinding());
		this.admin.deleteQueue(refusing.getName());
		awaitMessage("checkpoint.traveller-arrived", "$.registrationId", arrival);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> feedPublications("event_publication_archive", arrival, "") == 1
					&& feedPublications("event_publication", arrival, "") == 0);
	}

	private Binding platformBinding() {
		return BindingBuilder.bind(this.platform).to(new TopicExchange(EXCHANGE)).with("#");
	}

	/** The feed's publications of the arrival's event in {@code table}. */
	private int feedPublications(String table, long registrationId, String condition) {
		return this.jdbc.queryForObject(
				"select count(*) from " + table
						+ " where listener_id like '%EventExternalizer%' and event_type like '%TravellerArrived'"
						+ " and cast(serialized_event as jsonb) ->> 'registrationId' = ?" + condition,
				Integer.class, Long.toString(registrationId));
	}

	/**
	 * The body of the first message under {@code key} whose {@code idPath} is {@code id}.
	 */
	private String awaitMessage(String key, String idPath, long id) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> {
			Message next;
			while ((next = this.rabbit.receive(this.platform.getName())) != null) {
				this.received.add(next);
			}
			return this.received.stream()
				.filter((message) -> key.equals(message.getMessageProperties().getReceivedRoutingKey()))
				.map(ProvincialFeedTests::body)
				.filter((body) -> ((Number) JsonPath.read(body, idPath)).longValue() == id)
				.findFirst()
				.orElse(null);
		}, Objects::nonNull);
	}

	private static String body(Message message) {
		return new String(message.getBody(), StandardCharsets.UTF_8);
	}

	/**
	 * A HUBEI traveller registered by the crew, bound for 东岗社区; the registration's id.
	 */
	private long register(long checkpoint, String idNumber, String name, String temperature) throws Exception {
		String body = RegistrationJson.crossing()
			.idNumber(idNumber)
			.name(name)
			.phone("13900006666")
			.origin("HUBEI", "湖北省武汉市")
			.destination(this.tree.firstHousehold("东岗社区"))
			.temperature(temperature)
			.json();
		String created = this.mvc
			.perform(post("/api/v1/checkpoints/{id}/registrations", checkpoint).with(basic("crew"))
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}

	private long screeningOf(String idNumber) {
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> first(idNumber, "$[*].screeningId"), Objects::nonNull);
	}

	private long personOf(String idNumber) throws Exception {
		return first(idNumber, "$[*].id");
	}

	private Long first(String idNumber, String path) throws Exception {
		String persons = this.mvc.perform(get("/api/v1/persons").param("idNumber", idNumber).with(basic("grid")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(persons, path);
		return ids.isEmpty() ? null : ids.get(0).longValue();
	}

}
