package org.fangkong.disinfection;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Disinfection (issue #16 item 1): tasks come from the plan once per place and day, even
 * when two application nodes generate at the same moment; a task not done within the
 * place's frequency is overdue (the clock moved a day on); the team completes a task of
 * its own grid, once, with a photo checked by content and re-encoded; another grid's team
 * does not find it.
 */
@IntegrationTest
class DisinfectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DisinfectionPlan plan;

	@Autowired
	DisinfectionTasks tasks;

	@Autowired
	TaskGeneration generation;

	@Autowired
	Accounts accounts;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	TestClock clock;

	@Autowired
	org.fangkong.reporting.Figures figures;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void tasksComeFromThePlanOncePerDayAlsoFromTwoNodesAtOnce() throws Exception {
		Actor township = Actors.demo(this.accounts, "township");
		long place = this.plan.add(township, new PlaceRequest("测试垃圾点" + UUID.randomUUID(), "GARBAGE_POINT", grid(),
				null, null, null, null, null, null, null));
		LocalDate day = LocalDate.now(this.clock).plusDays(40);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> run = () -> this.generation.generate(day);
			List<Future<Integer>> runs = nodes.invokeAll(List.of(run, run, run, run));
			for (Future<Integer> made : runs) {
				made.get();
			}
		}
		finally {
			nodes.shutdown();
		}
		assertThat(this.tasks.dueOn(township, day)).filteredOn((t) -> t.placeId() == place).hasSize(1);
		this.generation.generate(day);
		assertThat(this.tasks.dueOn(township, day)).filteredOn((t) -> t.placeId() == place).hasSize(1);
	}

	@Test
	void aTaskNotDoneWithinTheFrequencyIsOverdue() {
		Actor township = Actors.demo(this.accounts, "township");
		long place = this.plan.add(township, new PlaceRequest("测试公厕" + UUID.randomUUID(), "PUBLIC_TOILET", grid(), null,
				null, null, 2, null, null, null));
		LocalDate today = LocalDate.now(this.clock);
		this.generation.generate(today);
		assertThat(this.tasks.overdue(township)).noneMatch((t) -> t.placeId() == place);

		this.clock.advance(Duration.ofDays(1));
		this.generation.generate(today.plusDays(1));
		// every 2 days: no new task tomorrow, and today's not yet overdue
		assertThat(this.tasks.dueOn(township, today.plusDays(1))).noneMatch((t) -> t.placeId() == place);
		assertThat(this.tasks.overdue(township)).noneMatch((t) -> t.placeId() == place);

		this.clock.advance(Duration.ofDays(1));
		assertThat(this.tasks.overdue(township)).filteredOn((t) -> t.placeId() == place)
			.singleElement()
			.satisfies((t) -> assertThat(t.dueDate()).isEqualTo(today));
		this.generation.generate(today.plusDays(2));
		assertThat(this.tasks.dueOn(township, today.plusDays(2))).filteredOn((t) -> t.placeId() == place).hasSize(1);
	}

	@Test
	void theDashboardCountsTheDaysTasksAndTheOverdueOnes() throws Exception {
		Actor township = Actors.demo(this.accounts, "township");
		long grid = grid();
		LocalDate today = LocalDate.now(this.clock);
		// the tasks other tests' places are due today first, so that only this place's
		// task is new
		this.generation.generate(today);
		org.fangkong.reporting.FigureValues before = this.figures.count(township, grid, today);
		this.plan.add(township, new PlaceRequest("测试大屏场所" + UUID.randomUUID(), "FARMERS_MARKET", grid, null, null, null,
				null, null, null, null));
		this.generation.generate(today);
		org.fangkong.reporting.FigureValues after = this.figures.count(township, grid, today);
		assertThat(after.get("disinfection.tasksDue") - before.get("disinfection.tasksDue")).isEqualTo(1);
		this.clock.advance(Duration.ofDays(1));
		org.fangkong.reporting.FigureValues tomorrow = this.figures.count(township, grid, today.plusDays(1));
		assertThat(tomorrow.get("disinfection.tasksOverdue")).isGreaterThanOrEqualTo(1);
		assertThat(tomorrow.values()).containsKeys("publicity.releasesApproved", "publicity.openHighRiskIncidents");
	}

	@Test
	void theTeamCompletesATaskOfItsGridOnceAndAnotherGridDoesNotFindIt() throws Exception {
		long task = newTaskInGrid();
		this.mvc
			.perform(post("/api/v1/disinfection/tasks/{id}/complete", task).with(basic("grid2"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"team\":\"新一村消杀队\",\"agent\":\"84消毒液\",\"areaM2\":50}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/disinfection/tasks/{id}/complete", task).with(basic("grid"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"team\":\"\",\"agent\":\"84消毒液\",\"areaM2\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("team", "areaM2")));
		this.mvc
			.perform(post("/api/v1/disinfection/tasks/{id}/complete", task).with(basic("grid"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"team\":\"东岗社区消杀队\",\"agent\":\"84消毒液 1:100\",\"areaM2\":120}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.team").value("东岗社区消杀队"));
		this.mvc
			.perform(post("/api/v1/disinfection/tasks/{id}/complete", task).with(basic("grid"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"team\":\"东岗社区消杀队\",\"agent\":\"84消毒液\",\"areaM2\":120}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/api/v1/disinfection/tasks").with(basic("grid")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + task + ")].status").value("DONE"));
	}

	@Test
	void aPhotoIsCheckedByItsContentAndReEncoded() throws Exception {
		long task = newTaskInGrid();
		var session = DemoUsers.session(this.mvc, "grid");
		MockMultipartFile fake = new MockMultipartFile("photo", "photo.jpg", "image/jpeg",
				"<script>alert(1)</script>".getBytes());
		this.mvc
			.perform(multipart("/disinfection/tasks/{id}/complete", task).file(fake)
				.param("team", "东岗社区消杀队")
				.param("agent", "84消毒液")
				.param("areaM2", "80")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("只接受 JPEG 或 PNG 照片")));
		assertThat(this.tasks.get(Actors.demo(this.accounts, "grid"), task).status()).isEqualTo(TaskStatus.OPEN);

		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		this.mvc
			.perform(multipart("/disinfection/tasks/{id}/complete", task)
				.file(new MockMultipartFile("photo", "x.png", "image/png", png.toByteArray()))
				.param("team", "东岗社区消杀队")
				.param("agent", "84消毒液")
				.param("areaM2", "80")
				.session(session)
				.with(csrf()))
			.andExpect(status().isFound());
		byte[] stored = this.mvc.perform(get("/disinfection/tasks/{id}/photo", task).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(PhotoStore.isJpeg(stored)).isTrue();
		this.mvc.perform(get("/disinfection/tasks/{id}/photo", task).session(DemoUsers.session(this.mvc, "grid2")))
			.andExpect(status().isNotFound());
	}

	private long newTaskInGrid() throws Exception {
		long place = JsonPath.<Number>read(this.mvc
			.perform(post("/api/v1/disinfection/places").with(basic("township"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"测试场所%s\",\"kind\":\"OTHER\",\"jurisdictionId\":%d}".formatted(UUID.randomUUID(),
						grid())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id").longValue();
		this.generation.generate(LocalDate.now(this.clock));
		return this.tasks.dueOn(Actors.demo(this.accounts, "grid"), LocalDate.now(this.clock))
			.stream()
			.filter((t) -> t.placeId() == place)
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void aPlannerRevisesAPlaceOnThePageAndItsOpenTaskMovesWithIt() throws Exception {
		Actor township = Actors.demo(this.accounts, "township");
		Actor commander = Actors.demo(this.accounts, "commander");
		String name = "测试改动场所" + UUID.randomUUID();
		long place = this.plan.add(commander,
				new PlaceRequest(name, "GARBAGE_POINT", grid(), null, null, null, null, null, null, null));
		LocalDate today = LocalDate.now(this.clock);
		this.generation.generate(today);
		var session = DemoUsers.session(this.mvc, "commander");
		String form = this.mvc.perform(get("/disinfection/places/{id}/edit", place).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(form).contains(name, "垃圾");

		String refused = this.mvc
			.perform(post("/disinfection/places/{id}", place).session(session)
				.with(csrf())
				.param("name", "")
				.param("kind", "GARBAGE_POINT")
				.param("frequencyDays", "0")
				.param("latitude", "北纬"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(refused).contains("格式不正确", "is-invalid");
		refused = this.mvc
			.perform(post("/disinfection/places/{id}", place).session(session)
				.with(csrf())
				.param("name", "")
				.param("kind", "GARBAGE_POINT")
				.param("frequencyDays", "0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(refused).contains("此项必填", "必须在 1 到 30 之间");
		assertThat(this.plan.get(commander, place).name()).isEqualTo(name);

		long xinyi = new DemoTree(this.jurisdictions, this.checkpoints).node("新一村");
		this.mvc
			.perform(post("/disinfection/places/{id}", place).session(DemoUsers.session(this.mvc, "grid"))
				.with(csrf())
				.param("name", "x"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/disinfection/places/{id}", place).session(session)
				.with(csrf())
				.param("name", name + "（改）")
				.param("kind", "POULTRY_MARKET")
				.param("jurisdictionId", String.valueOf(xinyi))
				.param("frequencyDays", "3")
				.param("latitude", "46.99")
				.param("longitude", "128.01"))
			.andExpect(status().is3xxRedirection());
		PlaceView revised = this.plan.get(commander, place);
		assertThat(revised.kind()).isEqualTo(PlaceKind.POULTRY_MARKET);
		assertThat(revised.frequencyDays()).isEqualTo(3);
		assertThat(revised.jurisdictionId()).isEqualTo(xinyi);
		assertThat(revised.latitude()).isEqualTo(46.99);
		assertThat(this.tasks.dueOn(township, today)).noneMatch((t) -> t.placeId() == place);
		assertThat(this.tasks.dueOn(Actors.demo(this.accounts, "grid2"), today)).anyMatch((t) -> t.placeId() == place);
	}

	@Test
	void theHqSetsAKindsDefaultFrequencyAndPlacesWithoutTheirOwnFollowIt() throws Exception {
		Actor commander = Actors.demo(this.accounts, "commander");
		long own = this.plan.add(commander,
				new PlaceRequest("测试其他场所" + UUID.randomUUID(), "OTHER", grid(), null, null, null, 2, null, null, null));
		long follows = this.plan.add(commander, new PlaceRequest("测试其他场所" + UUID.randomUUID(), "OTHER", grid(), null,
				null, null, null, null, null, null));
		var session = DemoUsers.session(this.mvc, "commander");
		try {
			this.mvc
				.perform(post("/disinfection/kinds").session(session)
					.with(csrf())
					.param("kind", "OTHER")
					.param("frequencyDays", "40"))
				.andExpect(status().is3xxRedirection())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
					.attribute("error", "disinfection.kindFrequencyRange"));
			assertThat(this.plan.kindFrequencies()).containsEntry(PlaceKind.OTHER, 7);
			this.mvc
				.perform(post("/disinfection/kinds").session(DemoUsers.session(this.mvc, "township"))
					.with(csrf())
					.param("kind", "OTHER")
					.param("frequencyDays", "3"))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/disinfection/kinds").session(session)
					.with(csrf())
					.param("kind", "OTHER")
					.param("frequencyDays", "3"))
				.andExpect(status().is3xxRedirection());
			assertThat(this.plan.get(commander, follows).frequencyDays()).isEqualTo(3);
			assertThat(this.plan.get(commander, own).frequencyDays()).isEqualTo(2);
		}
		finally {
			this.plan.setKindFrequency(commander, "OTHER", 7);
		}
	}

	private long grid() {
		return new DemoTree(this.jurisdictions, this.checkpoints).node("东岗社区");
	}

}
