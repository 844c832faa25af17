package org.fangkong.party;

import java.math.BigDecimal;
import java.util.List;

import org.fangkong.party.PartyViews.FundRequest;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;

import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.HQ_STAFF;

/**
 * The party organisation (issue #17 item 5): commanders and HQ staff read it; commanders
 * and the organisation group keep it and alone read the notes on cadres (the demo HQ user
 * is of the screening group, so the page rule lets them through and the service refuses).
 */
class PartyRoutes implements ModuleRoutes {

	@Override
	public void prepare(RouteWorld world) throws Exception {
		long fund = world.bean(PartyFunds.class)
			.open(world.actor("commander"), world.unique("矩阵经费"), new FundRequest(new BigDecimal("100000000"), "下拨"))
			.id();
		world.records("fund").reference(fund);
		long branch = world.bean(PartyBranches.class)
			.create(world.actor("commander"),
					new PartyViews.NewBranch(world.unique("矩阵支部"), PartyViews.BranchKind.CHECKPOINT_GROUP, "卡点", null,
							List.of(new PartyViews.Member("书记甲", PartyViews.Duty.SECRETARY, null))))
			.id();
		world.records("partyBranch").reference(branch);
		this.checkpoint = world.tree().checkpoint("神树火车站");
	}

	private long checkpoint;

	@Override
	public List<RouteCase> routes() {
		return List.of(RouteCase.get("/party").allow(COMMANDER, HQ_STAFF),
				RouteCase.get("/party/funds/{id}").allow(COMMANDER, HQ_STAFF).record("fund"),
				RouteCase.post("/party/funds/{id}/spend")
					.allow(COMMANDER)
					.passing(java.util.Set.of(COMMANDER, HQ_STAFF))
					.record("fund")
					.because("only commanders and the organisation group spend")
					.param("amount", "1")
					.param("purpose", "矩阵")
					.expect(302),
				RouteCase.get("/party/cadre-notes")
					.allow(COMMANDER)
					.passing(java.util.Set.of(COMMANDER, HQ_STAFF))
					.because("HQ staff outside the organisation group may not read the notes on cadres"),
				RouteCase.post("/party/cadre-notes")
					.allow(COMMANDER)
					.passing(java.util.Set.of(COMMANDER, HQ_STAFF))
					.param("cadreName", "矩阵干部")
					.param("note", "矩阵")
					.expect(302),
				RouteCase.get("/api/v1/party/branches").allow(COMMANDER, HQ_STAFF),
				// the pages that keep branches, flags and commendations
				RouteCase.get("/party/branches/new")
					.allow(COMMANDER)
					.passing(java.util.Set.of(COMMANDER, HQ_STAFF))
					.because("only commanders and the organisation group set up branches"),
				RouteCase.post("/party/branches")
					.allow(COMMANDER)
					.passing(java.util.Set.of(COMMANDER, HQ_STAFF))
					.param("name", "矩阵页面支部")
					.param("kind", "HQ_OFFICE")
					.param("attachedTo", "指挥部")
					.param("secretary", "书记乙")
					.param("members", "党员丙，市直机关")
					.expect(302),
				RouteCase.get("/party/branches/{id}").allow(COMMANDER, HQ_STAFF).record("partyBranch"),
				RouteCase.post("/party/branches/{id}/members")
					.allow(COMMANDER)
					.passing(java.util.Set.of(COMMANDER, HQ_STAFF))
					.record("partyBranch")
					.param("name", "党员丁")
					.expect(302),
				RouteCase.post("/party/branches/{id}/flags")
					.allow(COMMANDER)
					.passing(java.util.Set.of(COMMANDER, HQ_STAFF))
					.record("partyBranch")
					.param("checkpointId", (call) -> String.valueOf(this.checkpoint))
					.expect(302),
				RouteCase.post("/party/commendations")
					.allow(COMMANDER)
					.passing(java.util.Set.of(COMMANDER, HQ_STAFF))
					.param("kind", "MEMBER")
					.param("name", "矩阵党员")
					.param("reason", "矩阵事迹")
					.expect(302),
				RouteCase.post("/api/v1/party/branches")
					.allow(COMMANDER)
					.json((call) -> "{\"name\":\"矩阵支部\",\"kind\":\"CHECKPOINT_GROUP\",\"attachedTo\":\"卡点\","
							+ "\"members\":[{\"name\":\"甲\",\"duty\":\"SECRETARY\"}]}")
					.expect(201),
				RouteCase.post("/party/funds")
					.allow(COMMANDER)
					.passing(java.util.Set.of(COMMANDER, HQ_STAFF))
					.param("name", "矩阵页面经费")
					.param("amount", "100")
					.param("purpose", "下拨")
					.expect(302),
				RouteCase.post("/party/funds/{id}/allocate")
					.allow(COMMANDER)
					.passing(java.util.Set.of(COMMANDER, HQ_STAFF))
					.record("fund")
					.param("amount", "1")
					.param("purpose", "矩阵")
					.expect(302),
				RouteCase.post("/api/v1/funds")
					.allow(COMMANDER)
					.json((call) -> "{\"name\":\"矩阵接口经费\",\"amount\":100,\"purpose\":\"下拨\"}")
					.expect(201),
				RouteCase.post("/api/v1/funds/{id}/allocate")
					.allow(COMMANDER)
					.record("fund")
					.json((call) -> "{\"amount\":1,\"purpose\":\"矩阵\"}")
					.expect(200),
				RouteCase.get("/api/v1/funds/{id}").allow(COMMANDER, HQ_STAFF).record("fund"),
				RouteCase.post("/api/v1/funds/{id}/spend")
					.allow(COMMANDER)
					.record("fund")
					.json((call) -> "{\"amount\":1,\"purpose\":\"矩阵\"}")
					.expect(200));
	}

}
