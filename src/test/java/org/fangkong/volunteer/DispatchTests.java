package org.fangkong.volunteer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.identity.Accounts;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.NewScreening;
import org.fangkong.screening.Screenings;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #15 items 1, 3, 6 and 7 on PostgreSQL through the real API and services: an order
 * from issue to done with every step kept, illegal steps refused with 409 and a reason,
 * eight people taking the last seat at once (exactly one gets it), a volunteer under an
 * observation measure never proposed, the echelons of the demo reserve.
 */
@IntegrationTest
class DispatchTests {

	static final AtomicInteger users = new AtomicInteger(880_000 + (int) (System.nanoTime() % 10_000) * 10);

	@Autowired
	MockMvc mvc;

	@Autowired
	Volunteers volunteers;

	@Autowired
	Dispatch dispatch;

	@Autowired
	DispatchQueries queries;

	@Autowired
	Screenings screenings;

	@Autowired
	Accounts accounts;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Clock clock;

	@Autowired
	VolunteerPicker picker;

	@Test
	void theDemoUserHasARecordAndTheDemoReserveFillsThreeEchelons() throws Exception {
		this.mvc.perform(get("/api/v1/volunteers/me").with(DemoUsers.basic("volunteer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("孙磊"))
			.andExpect(jsonPath("$.echelon").value(1))
			.andExpect(jsonPath("$.phone").value("137****5015"));
		this.mvc.perform(get("/api/v1/volunteers/me").with(DemoUsers.basic("grid"))).andExpect(status().isNotFound());
		for (int echelon = 1; echelon <= 3; echelon++) {
			String page = this.mvc
				.perform(get("/api/v1/volunteers").param("echelon", String.valueOf(echelon))
					.with(DemoUsers.basic("commander")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			List<Integer> echelons = JsonPath.read(page, "$.items[*].echelon");
			assertThat(echelons).hasSizeGreaterThan(20).containsOnly(echelon);
			assertThat((String) JsonPath.read(page, "$.items[0].phone")).contains("****");
		}
		this.mvc.perform(get("/api/v1/volunteers").with(DemoUsers.basic("volunteer")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anOrderGoesFromIssuedToDoneOnTheApiAndEveryStepIsKept() throws Exception {
		long me = this.volunteers.me(Actors.demo(this.accounts, "volunteer")).id();
		Instant from = Instant.now(this.clock).plus(2, ChronoUnit.HOURS);
		String issued = json(post("/api/v1/orders"), "commander", """
				{"task":"协助东岗社区入户排查","latitude":46.97,"longitude":128.03,"from":"%s","to":"%s",
				 "needed":1,"skills":[],"volunteerIds":[%d]}""".formatted(from, from.plus(3, ChronoUnit.HOURS), me))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(issued, "$.id")).longValue();
		String base = "/api/v1/orders/" + id;
		json(post(base + "/check-in"), "volunteer", "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("请先接受任务再签到。"));
		json(post(base + "/accept"), "volunteer", "").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FILLED"));
		json(post(base + "/accept"), "volunteer", "").andExpect(status().isConflict());
		json(post(base + "/complete"), "volunteer", "{\"note\":\"x\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("order.refused.notCheckedIn"));
		json(post(base + "/check-in"), "volunteer", "").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		json(post(base + "/complete"), "volunteer", "{\"note\":\"入户 32 户，无异常\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"));
		json(post(base + "/cancel"), "commander", "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("任务已完成，不能再操作。"));
		json(post(base + "/cancel"), "volunteer", "").andExpect(status().isForbidden());
		this.mvc.perform(get(base).with(DemoUsers.basic("commander")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.people[0].note").value("入户 32 户，无异常"))
			.andExpect(jsonPath("$.steps[*].action").value(org.hamcrest.Matchers.contains("ISSUED", "ACCEPTED",
					"FILLED", "CHECKED_IN", "STARTED", "COMPLETED", "DONE")))
			.andExpect(jsonPath("$.steps[1].actor").value("volunteer"))
			.andExpect(jsonPath("$.steps[0].actor").value("commander"));
		this.mvc.perform(get(base).with(DemoUsers.basic("volunteer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.people.length()").value(1));
		this.mvc.perform(get(base).with(DemoUsers.basic("grid"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/orders").param("status", "DONE").with(DemoUsers.basic("volunteer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.hasItem((int) id)));
	}

	@Test
	void ofEightPeopleTakingTheLastSeatAtOnceExactlyOneGetsIt() throws Exception {
		Actor commander = Actors.demo(this.accounts, "commander");
		List<Actor> people = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			Actor person = person("抢单" + i);
			people.add(person);
			ids.add(this.volunteers.me(person).id());
		}
		Instant from = Instant.now(this.clock).plus(30, ChronoUnit.DAYS);
		long order = this.dispatch
			.issue(commander,
					new NewOrder("搬运物资", null, 46.9, 128.0, from, from.plusSeconds(3600), 1, null, null, null, ids))
			.id();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<String>> answers = new ArrayList<>();
		for (Actor person : people) {
			answers.add(pool.submit((Callable<String>) () -> {
				start.await();
				try {
					return this.dispatch.accept(person, order).name();
				}
				catch (OrderRefusedException ex) {
					return ex.messageKey();
				}
			}));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> answer : answers) {
			results.add(answer.get());
		}
		pool.shutdown();
		assertThat(results).containsOnlyOnce("FILLED");
		assertThat(results.stream().filter((r) -> !r.equals("FILLED"))).hasSize(7).containsOnly("order.refused.full");
		DispatchQueries.OrderView view = this.queries.get(commander, order);
		assertThat(view.accepted()).isEqualTo(1);
		assertThat(view.people().stream().filter((p) -> p.state() == AssignmentState.ACCEPTED)).hasSize(1);
	}

	@Test
	void aVolunteerUnderAnObservationMeasureIsNeverProposed() {
		Actor commander = Actors.demo(this.accounts, "commander");
		String idNumber = TestIds.next();
		Actor observed = person("观察中", idNumber);
		Actor free = person("可调派", null);
		long xinYi = new DemoTree(this.jurisdictions, this.checkpoints).node("新一村");
		Actor grid2 = Actors.demo(this.accounts, "grid2");
		LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
		this.screenings.create(grid2,
				new NewScreening("观察中", null, "RESIDENT_ID", idNumber, "13900004445", null, "新一村三组", xinYi,
						"GRID_FOUND", "HUBEI", "荆州", null, yesterday, "COACH", null, null, null, null, null, null, null,
						null));
		long observedId = this.volunteers.me(observed).id();
		long freeId = this.volunteers.me(free).id();
		Instant from = Instant.now(this.clock).plus(1, ChronoUnit.DAYS);
		long order = this.dispatch
			.issue(commander,
					new NewOrder("消杀", null, 46.9, 128.0, from, from.plusSeconds(7200), 2, null, null, null,
							List.of(observedId, freeId)))
			.id();
		DispatchQueries.OrderView view = this.queries.get(commander, order);
		assertThat(view.people()).extracting(DispatchQueries.AssignmentView::volunteerId).containsExactly(freeId);
		// the board's form never offers them either: neither found by name nor proposed
		assertThat(this.picker.search(commander, "观察中", 0).items()).extracting(Volunteers.VolunteerChoice::id)
			.doesNotContain(observedId);
		assertThat(this.picker.search(commander, "可调派", 0).items()).extracting(Volunteers.VolunteerChoice::id)
			.contains(freeId);
		assertThat(this.picker.propose(commander, Set.of(), from, from.plusSeconds(7200)))
			.extracting(Volunteers.VolunteerChoice::id)
			.doesNotContain(observedId);
		assertThatThrownBy(() -> this.dispatch.accept(observed, order))
			.isInstanceOf(org.fangkong.shared.NotFoundException.class);
		DispatchQueries.Board board = this.queries.board(commander);
		assertThat(board.availablePerEchelon()).containsKeys(1, 2, 3);
		assertThat(board.open()).extracting(DispatchQueries.OrderView::id).contains(order);
	}

	@Test
	void aBadOrderIsRefusedWithEveryFieldNamed() throws Exception {
		json(post("/api/v1/orders"), "commander", """
				{"task":"","needed":0,"echelon":2,"teamId":1}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.hasItems("task", "jurisdictionId", "from", "to", "needed", "teamId")));
		json(post("/api/v1/orders"), "volunteer", "{}").andExpect(status().isForbidden());
	}

	private Actor person(String name) {
		return person(name, null);
	}

	private Actor person(String name, String idNumber) {
		long userId = users.incrementAndGet();
		Actor hq = Actors.demo(this.accounts, "commander");
		this.volunteers.add(hq, new NewVolunteer(name, "测试单位", (idNumber != null) ? null : LocalDate.of(1995, 5, 5),
				Set.of(), null, null, idNumber, null, null, userId, null));
		return Actors.user("v" + userId).id(userId).role(Role.VOLUNTEER).node(hq.jurisdictionId()).build();
	}

	private ResultActions json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String user, String body) throws Exception {
		return this.mvc.perform(request.with(DemoUsers.basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.isEmpty() ? "{}" : body));
	}

}
