package org.fangkong.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.audit.AuditTrail;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.JurisdictionSeeding;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NewNode;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.shared.Actor;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.RegistrationJson;
import org.fangkong.support.ScreeningCalls;
import org.fangkong.support.ScreeningJson;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #13 end to end on PostgreSQL: a traveller registered with two passengers in one
 * car is confirmed at the fever clinic; the case opens by itself, the two passengers and
 * the household member are proposed with their reasons, the investigator accepts them and
 * they are under centralised isolation in their grids' ledgers from the last exposure; a
 * passenger confirmed later is a second-generation case whose source is the first, and
 * the chain shows both. Who sees cases and contacts, and the 404 outside the
 * jurisdiction.
 */
@IntegrationTest
class CasesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	JurisdictionSeeding seeding;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Cases cases;

	@Autowired
	AuditTrail audit;

	@Autowired
	org.fangkong.identity.Accounts accounts;

	@Autowired
	Clock clock;

	DemoTree tree;

	@BeforeEach
	void setUp() {
		this.tree = new DemoTree(this.jurisdictions, this.checkpoints);
	}

	@Test
	void aConfirmedDriverBringsHisPassengersAndHouseholdUnderIsolationAndTheChainShowsTheNextGeneration()
			throws Exception {
		long home = freshHousehold("东岗社区");
		long elsewhere = freshHousehold("新一村");
		String car = "car-" + UUID.randomUUID();
		Person driver = arrive(home, "甲司机", "38.9", car);
		Person passenger = arrive(freshHousehold("东岗社区"), "乙乘客", "36.5", car);
		Person other = arrive(elsewhere, "丙乘客", "36.4", car);
		Person stranger = arrive(freshHousehold("东岗社区"), "丁路人", "36.5", "car-" + UUID.randomUUID());
		Person spouse = report("grid", home, "戊家属");

		long firstCase = confirm(driver, "grid");

		String candidates = this.mvc
			.perform(get("/api/v1/cases/{id}/contact-candidates", firstCase).with(basic("medic")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> proposed = JsonPath.read(candidates, "$");
		assertThat(proposed).extracting((c) -> ((Number) c.get("personId")).longValue())
			.containsExactlyInAnyOrder(passenger.personId, other.personId, spouse.personId)
			.doesNotContain(stranger.personId, driver.personId);
		assertThat(reasonOf(proposed, passenger.personId)).isEqualTo("SAME_VEHICLE");
		assertThat(reasonOf(proposed, other.personId)).isEqualTo("SAME_VEHICLE");
		assertThat(reasonOf(proposed, spouse.personId)).isEqualTo("SAME_HOUSEHOLD");
		List<Number> registrations = JsonPath.read(candidates,
				"$[?(@.personId == " + passenger.personId + ")].registrationIds[0]");
		assertThat(registrations).hasSize(1);
		LocalDate today = LocalDate.now(this.clock);
		assertThat(JsonPath.<List<String>>read(candidates, "$[*].lastExposure")).containsOnly(today.toString());

		for (Person contact : List.of(passenger, other, spouse)) {
			this.mvc
				.perform(post("/api/v1/cases/{id}/contact-candidates/{p}/accept", firstCase, contact.personId)
					.with(basic("medic")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("ACCEPTED"))
				.andExpect(jsonPath("$.measure").value("CENTRALISED_ISOLATION"))
				.andExpect(jsonPath("$.followUntil").value(today.plusDays(14).toString()));
		}
		this.mvc.perform(get("/api/v1/cases/{id}/contact-candidates", firstCase).with(basic("medic")))
			.andExpect(jsonPath("$.length()").value(0));

		inLedger("grid", passenger, today);
		inLedger("grid", spouse, today);
		inLedger("grid2", other, today);

		// The passenger develops fever at home: the daily check refers them, the clinic
		// confirms, and the second case's source is the first.
		this.mvc
			.perform(post("/api/v1/screenings/{id}/checks", passenger.screeningId).with(basic("grid"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"temperature\":38.7,\"symptoms\":\"咳嗽\",\"atHome\":true}"))
			.andExpect(status().isCreated());
		long secondCase = confirm(passenger, "grid");
		this.mvc.perform(get("/api/v1/cases/{id}", secondCase).with(basic("medic")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.caseView.sourceKind").value("CONTACT"))
			.andExpect(jsonPath("$.caseView.sourceCaseId").value(firstCase))
			.andExpect(jsonPath("$.caseView.classification").value("CONFIRMED"))
			.andExpect(jsonPath("$.classifications[0].classification").value("CONFIRMED"));

		String chain = this.mvc.perform(get("/api/v1/chains").with(basic("medic")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String a = "p" + driver.personId;
		String b = "p" + passenger.personId;
		assertThat(JsonPath.<List<Number>>read(chain, "$.nodes[?(@.id == '" + a + "')].caseId"))
			.extracting(Number::longValue)
			.containsExactly(firstCase);
		assertThat(JsonPath.<List<Number>>read(chain, "$.nodes[?(@.id == '" + b + "')].caseId"))
			.extracting(Number::longValue)
			.containsExactly(secondCase);
		assertThat(JsonPath.<List<String>>read(chain, "$.nodes[?(@.id == 'p" + spouse.personId + "')].category"))
			.containsExactly("CONTACT");
		assertThat(JsonPath.<List<String>>read(chain,
				"$.links[?(@.source == '" + a + "' && @.target == '" + b + "')].exposureType"))
			.containsExactly("SAME_VEHICLE");
		assertThat(JsonPath.<List<Object>>read(chain, "$.links[?(@.source == '" + a + "')]")).hasSize(3);
		// filtered to another township: nothing of this chain
		long township = this.jurisdictions.breadcrumbsUnscoped(this.tree.node("新一村"))
			.stream()
			.filter((n) -> n.kind() == NodeKind.TOWNSHIP)
			.findFirst()
			.orElseThrow()
			.id();
		long ownTownship = this.jurisdictions.breadcrumbsUnscoped(home)
			.stream()
			.filter((n) -> n.kind() == NodeKind.TOWNSHIP)
			.findFirst()
			.orElseThrow()
			.id();
		if (township != ownTownship) {
			this.mvc.perform(get("/api/v1/chains").param("townshipId", String.valueOf(township)).with(basic("medic")))
				.andExpect(jsonPath("$.nodes[?(@.id == '" + a + "')]").isEmpty());
		}
		this.mvc.perform(get("/api/v1/chains").param("townshipId", String.valueOf(ownTownship)).with(basic("medic")))
			.andExpect(jsonPath("$.nodes[?(@.id == '" + a + "')]").isNotEmpty());
	}

	@Test
	void onlyInvestigatorsSeeCasesAndGridWorkersFollowTheirContactsWithoutTheCase() throws Exception {
		long home = freshHousehold("东岗社区");
		Person patient = report("grid", home, "己病例");
		Person relative = report("grid", home, "庚家属");
		String opened = this.mvc
			.perform(post("/api/v1/cases").with(basic("medic"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\":" + patient.personId + ",\"classification\":\"SUSPECTED\",\"onsetDate\":\""
						+ LocalDate.now(this.clock).minusDays(1) + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.classification").value("SUSPECTED"))
			.andExpect(jsonPath("$.name").value("己病例"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(opened, "$.id")).longValue();
		this.mvc
			.perform(post("/api/v1/cases").with(basic("medic"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\":" + patient.personId + ",\"classification\":\"CONFIRMED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("personId"));

		for (String user : List.of("medic", "commander")) {
			this.mvc.perform(get("/api/v1/cases/{id}", id).with(basic(user)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.caseView.idNumber").value(patient.idNumber));
		}
		for (String user : List.of("grid", "township", "hq-screening", "crew", "hotline", "volunteer")) {
			this.mvc.perform(get("/api/v1/cases/{id}", id).with(basic(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/chains").with(basic(user))).andExpect(status().isForbidden());
		}
		assertThat(this.audit.byActor("medic", CaseAudit.CASE_READ)).isNotEmpty();

		this.mvc
			.perform(post("/api/v1/cases/{id}/contacts", id).with(basic("medic"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\":" + relative.personId + ",\"lastExposure\":\""
						+ LocalDate.now(this.clock).minusDays(2) + "\",\"exposureType\":\"共同进餐\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reason").value("MANUAL"))
			.andExpect(jsonPath("$.followUntil").value(LocalDate.now(this.clock).plusDays(12).toString()));

		String followed = this.mvc.perform(get("/api/v1/contacts").with(basic("grid")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(followed, "$[?(@.personId == " + relative.personId + ")].name"))
			.containsExactly("庚家属");
		assertThat(JsonPath.<List<Object>>read(followed, "$[?(@.personId == " + relative.personId + ")].caseId"))
			.allMatch(Objects::isNull);
		assertThat(JsonPath.<List<Object>>read(followed, "$[*].caseId")).allMatch(Objects::isNull);
		this.mvc.perform(get("/api/v1/contacts").with(basic("grid2")))
			.andExpect(jsonPath("$[?(@.personId == " + relative.personId + ")]").isEmpty());
		this.mvc.perform(get("/api/v1/contacts").with(basic("crew"))).andExpect(status().isForbidden());
		assertThat(this.audit.byActor("grid", CaseAudit.CONTACTS_READ)).isNotEmpty();

		// a medic of another village does not find the case
		Actor outside = new Actor(0, "medic-elsewhere", "外村医生", Set.of(Role.MEDIC), this.tree.node("新一村"), null);
		assertThatThrownBy(() -> this.cases.detail(outside, id)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void travellersOfTheSameTrainOnTheSameDayAreProposedButNotThoseOfAnotherDay() throws Exception {
		String train = "K" + (7000 + (int) (Math.random() * 2000));
		LocalDate day = LocalDate.now(this.clock).minusDays(3);
		Person patient = report(
				ScreeningJson.in(freshHousehold("东岗社区")).name("癸车次").transportNumber(train).arrived(day));
		Person mate = report(ScreeningJson.in(freshHousehold("新一村")).name("子车次").transportNumber(train).arrived(day));
		Person later = report(
				ScreeningJson.in(freshHousehold("新一村")).name("丑车次").transportNumber(train).arrived(day.plusDays(1)));
		long id = this.cases
			.open(org.fangkong.support.Actors.demo(this.accounts, "medic"),
					new Cases.NewCase(patient.personId, CaseClassification.SUSPECTED, null))
			.id();
		this.mvc.perform(get("/api/v1/cases/{id}/contact-candidates", id).with(basic("medic")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.personId == " + mate.personId + ")].reason").value("SAME_TRIP"))
			.andExpect(jsonPath("$[?(@.personId == " + mate.personId + ")].lastExposure").value(day.toString()))
			.andExpect(jsonPath("$[?(@.personId == " + later.personId + ")]").isEmpty());
	}

	@Test
	void peopleOfTheGridCheckedTogetherByItsCadreAreProposedButNotThoseOfAnotherGrid() throws Exception {
		// arrivals from Wuhan: home observation with two daily checks
		Person patient = report(ScreeningJson.in(freshHousehold("东岗社区")).name("寅同检").origin("WUHAN", "武汉市"));
		Person neighbour = report(ScreeningJson.in(freshHousehold("东岗社区")).name("卯同检").origin("WUHAN", "武汉市"));
		Person elsewhere = report(ScreeningJson.in(freshHousehold("新一村")).name("辰同检").origin("WUHAN", "武汉市"));
		check(patient, "grid");
		check(neighbour, "grid");
		check(elsewhere, "grid2");
		long id = this.cases
			.open(org.fangkong.support.Actors.demo(this.accounts, "medic"),
					new Cases.NewCase(patient.personId, CaseClassification.SUSPECTED, null))
			.id();
		this.mvc.perform(get("/api/v1/cases/{id}/contact-candidates", id).with(basic("medic")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.personId == " + neighbour.personId + ")].reason").value("CHECKED_TOGETHER"))
			.andExpect(jsonPath("$[?(@.personId == " + neighbour.personId + ")].lastExposure")
				.value(LocalDate.now(this.clock).toString()))
			.andExpect(jsonPath("$[?(@.personId == " + elsewhere.personId + ")]").isEmpty());
	}

	/** A normal daily check of the person, taken now by the grid worker. */
	private void check(Person person, String gridWorker) throws Exception {
		this.mvc
			.perform(post("/api/v1/screenings/{id}/checks", person.screeningId).with(basic(gridWorker))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"temperature\":36.5,\"atHome\":true}"))
			.andExpect(status().isCreated());
	}

	private static String reasonOf(List<Map<String, Object>> candidates, long person) {
		return candidates.stream()
			.filter((c) -> ((Number) c.get("personId")).longValue() == person)
			.map((c) -> (String) c.get("reason"))
			.findFirst()
			.orElse(null);
	}

	/** The contact is in the grid's ledger under centralised isolation from the day. */
	private void inLedger(String gridWorker, Person person, LocalDate from) throws Exception {
		this.mvc
			.perform(get("/api/v1/screenings").param("measure", "CENTRALISED_ISOLATION")
				.param("q", person.idNumber)
				.with(basic(gridWorker)))
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$.content[?(@.personId == " + person.personId + ")].measureStart").value(from.toString()))
			.andExpect(jsonPath("$.content[?(@.personId == " + person.personId + ")].measureEnd")
				.value(from.plusDays(14).toString()))
			.andExpect(jsonPath("$.content[?(@.personId == " + person.personId + ")].status").value("UNDER_MEASURE"));
	}

	/** The fever clinic confirms the person's referral; the case the outcome opens. */
	private long confirm(Person person, String gridWorker) throws Exception {
		long referral = new ScreeningCalls(this.mvc).referralOf(person.screeningId);
		this.mvc.perform(post("/api/v1/referrals/{id}/receive", referral).with(basic("medic")))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/referrals/{id}/outcome", referral).with(basic("medic"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"CONFIRMED\",\"note\":\"核酸阳性\"}"))
			.andExpect(status().isOk());
		return await().atMost(Duration.ofSeconds(15)).until(() -> {
			String list = this.mvc.perform(get("/api/v1/cases").with(basic("medic")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<Number> ids = JsonPath.read(list,
					"$[?(@.personId == " + person.personId + " && @.classification == 'CONFIRMED')].id");
			return ids.isEmpty() ? null : ids.get(0).longValue();
		}, Objects::nonNull);
	}

	/** A traveller of a car registered by the crew, bound for {@code destination}. */
	private Person arrive(long destination, String name, String temperature, String vehicleGroup) throws Exception {
		String idNumber = TestIds.next();
		String body = RegistrationJson.crossing()
			.idNumber(idNumber)
			.name(name)
			.origin("OTHER_PROVINCE", "吉林省长春市")
			.destination(destination)
			.car("黑F" + (10000 + Math.abs(vehicleGroup.hashCode() % 89999)), "PRIVATE_CAR", 3)
			.vehicleGroup(vehicleGroup)
			.temperature(temperature)
			.json();
		this.mvc
			.perform(post("/api/v1/checkpoints/{id}/registrations", this.tree.checkpoint("神树火车站")).with(basic("crew"))
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
		return await().atMost(Duration.ofSeconds(15)).until(() -> find(idNumber), Objects::nonNull);
	}

	/** A person reported by a grid worker into a household. */
	private Person report(String gridWorker, long household, String name) throws Exception {
		ScreeningJson screening = ScreeningJson.in(household).name(name);
		new ScreeningCalls(this.mvc).report(gridWorker, screening);
		return find(screening.idNumber());
	}

	/** A person reported by the commander as {@code screening} says. */
	private Person report(ScreeningJson screening) throws Exception {
		new ScreeningCalls(this.mvc).report("commander", screening);
		return find(screening.idNumber());
	}

	private Person find(String idNumber) throws Exception {
		String ledger = this.mvc.perform(get("/api/v1/screenings").param("q", idNumber).with(basic("commander")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(ledger, "$.content[*].id");
		if (ids.isEmpty()) {
			return null;
		}
		List<Number> people = JsonPath.read(ledger, "$.content[*].personId");
		return new Person(people.get(0).longValue(), ids.get(0).longValue(), idNumber);
	}

	/** A new household below the grid's first group, so that no other test shares it. */
	private long freshHousehold(String gridName) {
		long first = this.tree.firstHousehold(gridName);
		JurisdictionView household = this.jurisdictions.find(first).orElseThrow();
		String code = "T13" + UUID.randomUUID().toString().substring(0, 8);
		return this.seeding
			.add(new NewNode(household.parentId(), code, "测试户 " + code, NodeKind.HOUSEHOLD, null, null, null, null,
					false))
			.id();
	}

	private record Person(long personId, long screeningId, String idNumber) {

	}

}
