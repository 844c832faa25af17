package org.fangkong.notice;

import java.util.List;

import org.fangkong.shared.Actor;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;

import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.HQ_STAFF;

/**
 * HQ notices (issue #17 item 4): the HQ issues them; a notice is read and acknowledged by
 * the users of the nodes it goes to. The record: a notice to the city and to the nodes of
 * every demo user, so that each is an addressee; the foreign one goes to a grid none of
 * the township, grid or crew users belong to.
 */
class NoticeRoutes implements ModuleRoutes {

	@Override
	public void prepare(RouteWorld world) throws Exception {
		Notices notices = world.bean(Notices.class);
		Actor commander = world.actor("commander");
		List<Long> nodes = List
			.of("commander", "township", "grid", "grid2", "crew", "medic", "hotline", "publicity", "volunteer", "admin",
					"hq-screening")
			.stream()
			.map((user) -> world.actor(user).jurisdictionId())
			.distinct()
			.toList();
		long everyone = notices.issue(commander, new NewNotice("矩阵通知", "正文", Urgency.NORMAL, nodes, List.of()));
		long other = world.tree().node("年丰村");
		long foreign = notices.issue(commander, new NewNotice("他处通知", "正文", Urgency.NORMAL, List.of(other), List.of()));
		world.records("notice").reference(everyone);
		for (String user : List.of("township", "grid", "grid2", "crew")) {
			world.records("notice").foreign(user, foreign);
		}
		// attachments: one on each notice to read; uploads go to a notice of their own (5
		// at most a notice)
		NoticeAttachments attachments = world.bean(NoticeAttachments.class);
		long mine = attachments.attach(commander, everyone, "矩阵.pdf", PDF).id();
		long theirs = attachments.attach(commander, foreign, "他处.pdf", PDF).id();
		long uploads = notices.issue(commander, new NewNotice("矩阵附件通知", "正文", Urgency.NORMAL, nodes, List.of()));
		world.records("noticeAttachment").reference(everyone, mine);
		world.records("noticeUploads").reference(uploads);
		for (String user : List.of("township", "grid", "grid2", "crew")) {
			world.records("noticeAttachment").foreign(user, foreign, theirs);
			world.records("noticeUploads").foreign(user, foreign);
		}
	}

	@Override
	public List<RouteCase> routes() {
		return List.of(RouteCase.get("/notices").signedIn(), RouteCase.get("/notices/new").allow(COMMANDER, HQ_STAFF),
				RouteCase.post("/notices/new").allow(COMMANDER, HQ_STAFF).expect(302),
				RouteCase.get("/notices/{id}").signedIn().record("notice"),
				RouteCase.post("/notices/{id}/acknowledge").signedIn().record("notice").expect(302),
				RouteCase.post("/api/v1/notices")
					.allow(COMMANDER, HQ_STAFF)
					.json((call) -> "{\"title\":\"矩阵\",\"text\":\"正文\",\"urgency\":\"NORMAL\",\"jurisdictionIds\":["
							+ ((call.user() != null) ? call.world().actor(call.user()).jurisdictionId() : 1) + "]}")
					.expect(201),
				RouteCase.get("/api/v1/notices").signedIn(),
				RouteCase.get("/api/v1/notices/{id}").signedIn().record("notice"),
				RouteCase.post("/api/v1/notices/{id}/acknowledge").signedIn().record("notice").expect(200),
				// attachments: read by whoever reads the notice, added by the HQ over it
				RouteCase.get("/notices/{id}/attachments/{attachmentId}").signedIn().record("noticeAttachment"),
				RouteCase.get("/api/v1/notices/{id}/attachments/{attachmentId}").signedIn().record("noticeAttachment"),
				RouteCase.get("/api/v1/notices/{id}/attachments").signedIn().record("notice"),
				RouteCase.post("/notices/{id}/attachments")
					.allow(COMMANDER, HQ_STAFF)
					.passing(RouteCase.ALL)
					.record("noticeUploads")
					.because("addressees read a notice's files; only the HQ over it adds them")
					.file("file", (call) -> PDF)
					.expect(302),
				RouteCase.post("/api/v1/notices/{id}/attachments")
					.allow(COMMANDER, HQ_STAFF)
					.record("noticeUploads")
					.file("file", (call) -> PDF)
					.expect(201));
	}

	static final byte[] PDF = "%PDF-1.4\n%矩阵\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

}
