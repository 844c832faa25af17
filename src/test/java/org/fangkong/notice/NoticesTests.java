package org.fangkong.notice;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.identity.Accounts;
import org.fangkong.notice.NoticeViews.AddresseeView;
import org.fangkong.notice.NoticeViews.NoticeView;
import org.fangkong.organisation.Organisation;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.support.Actors;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #17 item 4: a notice's acknowledgements are tracked per addressee; the HQ records
 * a work unit's; a user of another node does not see it; the silent are reminded after
 * the configured time.
 */
@IntegrationTest
class NoticesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notices notices;

	@Autowired
	NoticeReminders reminders;

	@Autowired
	NoticeAttachments attachments;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisation organisation;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aNoticesAcknowledgementsAreTrackedPerAddressee() throws Exception {
		Actor township = Actors.demo(this.accounts, "township");
		Actor grid = Actors.demo(this.accounts, "grid");
		long unit = this.organisation.units().get(0).id();
		String answer = this.mvc
			.perform(post("/api/v1/notices").with(DemoUsers.basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title": "关于加强卡点值守的紧急通知", "text": "各单位务必落实24小时值守。", "urgency": "URGENT",
						 "jurisdictionIds": [%d, %d], "unitIds": [%d]}""".formatted(township.jurisdictionId(),
						grid.jurisdictionId(), unit)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(answer, "$.id")).longValue();

		this.mvc.perform(post("/api/v1/notices/{id}/acknowledge", id).with(DemoUsers.basic("township")))
			.andExpect(status().isOk());
		String read = this.mvc.perform(get("/api/v1/notices/{id}", id).with(DemoUsers.basic("commander")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<Boolean>) JsonPath.read(read,
				"$.addressees[?(@.targetId == " + township.jurisdictionId() + ")].acknowledged"))
			.containsExactly(true);
		assertThat((List<Object>) JsonPath.read(read,
				"$.addressees[?(@.targetId == " + township.jurisdictionId() + ")].acknowledgedAt"))
			.doesNotContainNull();
		assertThat((List<Boolean>) JsonPath.read(read,
				"$.addressees[?(@.targetId == " + grid.jurisdictionId() + ")].acknowledged"))
			.containsExactly(false);

		// a unit has no accounts: the HQ records its acknowledgement, the township may
		// not
		NoticeView notice = this.notices.get(Actors.demo(this.accounts, "commander"), id);
		AddresseeView unitAddressee = notice.addressees()
			.stream()
			.filter((a) -> a.kind() == AddresseeKind.UNIT)
			.findFirst()
			.orElseThrow();
		assertThatThrownBy(() -> this.notices.acknowledge(township, id, unitAddressee.id()))
			.isInstanceOf(InvalidInputException.class);
		this.notices.acknowledge(Actors.demo(this.accounts, "hq-screening"), id, unitAddressee.id());
		assertThat(this.notices.get(township, id).acknowledged()).isEqualTo(2);

		// another grid's worker: not addressed, not found
		assertThatThrownBy(() -> this.notices.get(Actors.demo(this.accounts, "grid2"), id))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.notices.waiting(grid)).isPositive();
	}

	@Test
	void aNoticeCarriesItsAttachmentsToItsAddresseesOnly() throws Exception {
		Actor township = Actors.demo(this.accounts, "township");
		byte[] pdf = "%PDF-1.4\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0 };
		var commander = DemoUsers.session(this.mvc, "commander");
		String location = this.mvc
			.perform(multipart("/notices/new")
				.file(new MockMultipartFile("files", "../../防控方案（第三版）.pdf", "text/plain", pdf))
				.file(new MockMultipartFile("files", "卡点示意图.png", "image/png", png))
				.param("title", "关于印发卡点防控方案的通知")
				.param("text", "方案见附件。")
				.param("urgency", "NORMAL")
				.param("jurisdictionIds", String.valueOf(township.jurisdictionId()))
				.session(commander)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		List<NoticeAttachments.AttachmentView> files = this.attachments.list(township, id);
		assertThat(files).extracting(NoticeAttachments.AttachmentView::fileName)
			.containsExactly("防控方案（第三版）.pdf", "卡点示意图.png");
		// the addressee downloads it as sent, as an attachment of the type its content
		// shows
		this.mvc
			.perform(get("/notices/{id}/attachments/{a}", id, files.get(0).id())
				.session(DemoUsers.session(this.mvc, "township")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
			.andExpect(content().bytes(pdf));
		// a user of another grid: not found
		this.mvc
			.perform(get("/api/v1/notices/{id}/attachments/{a}", id, files.get(0).id()).with(DemoUsers.basic("grid2")))
			.andExpect(status().isNotFound());
		// the township reads but does not add
		this.mvc
			.perform(multipart("/api/v1/notices/{id}/attachments", id)
				.file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
				.with(DemoUsers.basic("township")))
			.andExpect(status().isForbidden());

		// a file that is not of an accepted kind refuses the whole notice: nothing is
		// issued
		long before = this.notices.list(Actors.demo(this.accounts, "commander"), 0, 1).get(0).id();
		this.mvc
			.perform(multipart("/notices/new")
				.file(new MockMultipartFile("files", "方案.pdf", "application/pdf", "MZ\u0090\u0000".getBytes()))
				.param("title", "不应发出的通知")
				.param("text", "正文")
				.param("urgency", "NORMAL")
				.param("jurisdictionIds", String.valueOf(township.jurisdictionId()))
				.session(commander)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "notice.attachment.kind"));
		assertThat(this.notices.list(Actors.demo(this.accounts, "commander"), 0, 1).get(0).id()).isEqualTo(before);

		// at most five a notice
		Actor hq = Actors.demo(this.accounts, "commander");
		for (int n = 0; n < 3; n++) {
			this.attachments.attach(hq, id, "第" + n + "份.pdf", pdf);
		}
		assertThatThrownBy(() -> this.attachments.attach(hq, id, "第六份.pdf", pdf))
			.isInstanceOf(InvalidInputException.class);
		assertThat(NoticeAttachments.safeName("C:\\temp\\a\"b.exe", NoticeAttachments.Kind.PDF)).isEqualTo("ab.pdf");
	}

	@Test
	void theSilentAreRemindedOnceAfterTheConfiguredTime() {
		Actor commander = Actors.demo(this.accounts, "commander");
		Actor grid2 = Actors.demo(this.accounts, "grid2");
		long id = this.notices.issue(commander,
				new NewNotice("催办测试", "请回复。", Urgency.NORMAL, List.of(grid2.jurisdictionId()), List.of()));
		this.reminders.remindNow();
		assertThat(this.notices.get(commander, id).addressees().get(0).remindedAt()).isNull();
		this.clock.advance(Duration.ofHours(2).plusMinutes(1));
		this.reminders.remindNow();
		AddresseeView reminded = this.notices.get(commander, id).addressees().get(0);
		assertThat(reminded.remindedAt()).isNotNull();
		assertThat(this.notices.overdue(commander)).isPositive();
		this.reminders.remindNow();
		assertThat(this.notices.get(commander, id).addressees().get(0).remindedAt()).isEqualTo(reminded.remindedAt());
	}

}
