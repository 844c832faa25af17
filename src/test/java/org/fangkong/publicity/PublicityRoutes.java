package org.fangkong.publicity;

import java.util.List;
import java.util.Set;

import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;

import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.PUBLICITY_OFFICER;

/**
 * Publicity (issue #16): publicity officers write and submit releases and record opinion
 * incidents, commanders approve or reject (the page rule lets officers through, the
 * service refuses them); the approved releases, their feed and script, and the pledge are
 * public. The records: releases and an incident of the city (both demo publicity users
 * are city-wide, so no demo user has a foreign one).
 */
class PublicityRoutes implements ModuleRoutes {

	static final Set<Role> PUBLICITY = Set.of(PUBLICITY_OFFICER, COMMANDER);

	@Override
	public void prepare(RouteWorld world) throws Exception {
		Releases releases = world.bean(Releases.class);
		Actor officer = world.actor("publicity");
		Actor commander = world.actor("commander");
		long draft = releases.create(officer, new ReleaseRequest("路由草稿", "正文", List.of("WEBSITE")));
		world.records("release").reference(draft);
		long submitted = releases.create(officer, new ReleaseRequest("路由待审", "正文", List.of("WECHAT")));
		releases.submit(officer, submitted);
		world.records("submitted").reference(submitted);
		long approved = releases.create(officer, new ReleaseRequest("路由已批准", "正文", List.of("LOUDSPEAKER")));
		releases.submit(officer, approved);
		releases.approve(commander, approved);
		world.records("published-release").reference(approved);
		long incident = world.bean(OpinionIncidents.class)
			.report(officer, new IncidentRequest("WEIBO", null, "路由舆情", "LOW", false));
		world.records("incident").reference(incident);
	}

	@Override
	public List<RouteCase> routes() {
		return List.of(
				// public: only approved releases, the feed, the script, the pledge
				RouteCase.get("/releases").open(), RouteCase.get("/releases/{id}").open().record("published-release"),
				RouteCase.get("/releases/{id}/script.txt").open().record("published-release"),
				RouteCase.get("/releases.atom").open(), RouteCase.get("/pledge").open(),
				RouteCase.get("/pledge/count").open(),
				RouteCase.post("/pledge")
					.open()
					.param("townshipId",
							(call) -> Long.toString(call.world().bean(Pledges.class).townships().get(0).id()))
					.param("token", "not-a-challenge")
					.param("nonce", "1")
					.because("a form without a solved challenge is refused and counts nothing")
					.expect(400),
				RouteCase.get("/api/v1/pledges/count").signedIn(),
				// releases, API
				RouteCase.post("/api/v1/releases")
					.allow(PUBLICITY_OFFICER)
					.json((call) -> "{\"title\":\"路由新稿\",\"body\":\"正文\",\"channels\":[\"TV\"]}")
					.expect(201),
				RouteCase.get("/api/v1/releases").allow(PUBLICITY),
				RouteCase.get("/api/v1/releases/{id}").allow(PUBLICITY).record("release"),
				RouteCase.post("/api/v1/releases/{id}/submit")
					.allow(PUBLICITY_OFFICER)
					.record("release")
					.because("submitted once, the release cannot be submitted again")
					.expect(200, 422),
				RouteCase.post("/api/v1/releases/{id}/approve")
					.allow(COMMANDER)
					.record("submitted")
					.because("R-PUB-2: only commanders approve; approved once, not again")
					.expect(200, 422),
				RouteCase.post("/api/v1/releases/{id}/reject")
					.allow(COMMANDER)
					.record("submitted")
					.json((call) -> "{\"reason\":\"路由退回\"}")
					.expect(200, 422),
				// releases, pages
				RouteCase.get("/publicity/releases").allow(PUBLICITY),
				RouteCase.post("/publicity/releases")
					.allow(PUBLICITY_OFFICER)
					.passing(PUBLICITY)
					.param("title", "路由页面稿")
					.param("body", "正文")
					.param("channels", "WECHAT")
					.expect(302),
				RouteCase.get("/publicity/releases/{id}").allow(PUBLICITY).record("release"),
				RouteCase.post("/publicity/releases/{id}")
					.allow(PUBLICITY_OFFICER)
					.passing(PUBLICITY)
					.record("release")
					.param("title", "路由修改")
					.param("body", "正文")
					.param("channels", "TV")
					.expect(302, 422),
				RouteCase.post("/publicity/releases/{id}/submit")
					.allow(PUBLICITY_OFFICER)
					.passing(PUBLICITY)
					.record("release")
					.expect(302, 422),
				RouteCase.post("/publicity/releases/{id}/approve")
					.allow(COMMANDER)
					.passing(PUBLICITY)
					.record("submitted")
					.because("R-PUB-2: the page lets officers through, the service refuses them")
					.expect(302, 422),
				RouteCase.post("/publicity/releases/{id}/reject")
					.allow(COMMANDER)
					.passing(PUBLICITY)
					.record("submitted")
					.param("reason", "路由退回")
					.expect(302, 422),
				// public opinion
				RouteCase.get("/api/v1/opinion/incidents").allow(PUBLICITY),
				RouteCase.post("/api/v1/opinion/incidents")
					.allow(PUBLICITY)
					.json((call) -> "{\"source\":\"DOUYIN\",\"summary\":\"路由舆情\",\"risk\":\"HIGH\"}")
					.expect(201),
				RouteCase.get("/api/v1/opinion/incidents/{id}").allow(PUBLICITY).record("incident"),
				RouteCase.post("/api/v1/opinion/incidents/{id}/actions")
					.allow(PUBLICITY)
					.record("incident")
					.json((call) -> "{\"action\":\"已核实\",\"status\":\"HANDLING\"}")
					.expect(200),
				RouteCase.post("/api/v1/opinion/incidents/{id}/rebuttal")
					.allow(PUBLICITY)
					.record("incident")
					.json((call) -> "{\"releaseId\":" + call.world()
						.records("published-release")
						.of(null, org.fangkong.support.Scope.OWN)
						.get(0)[0] + "}")
					.expect(200),
				RouteCase.get("/publicity/opinion").allow(PUBLICITY),
				RouteCase.post("/publicity/opinion")
					.allow(PUBLICITY)
					.param("source", "WEIBO")
					.param("summary", "路由页面舆情")
					.param("risk", "LOW")
					.expect(302),
				RouteCase.get("/publicity/opinion/{id}").allow(PUBLICITY).record("incident"),
				RouteCase.post("/publicity/opinion/{id}/actions")
					.allow(PUBLICITY)
					.record("incident")
					.param("action", "已回应")
					.param("status", "HANDLING")
					.expect(302),
				RouteCase.post("/publicity/opinion/{id}/rebuttal")
					.allow(PUBLICITY)
					.record("incident")
					.param("releaseId",
							(call) -> call.world()
								.records("published-release")
								.of(null, org.fangkong.support.Scope.OWN)
								.get(0)[0].toString())
					.expect(302));
	}

}
