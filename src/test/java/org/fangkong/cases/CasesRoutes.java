package org.fangkong.cases;

import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.shared.Role;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;
import org.fangkong.support.ScreeningJson;

import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.GRID_WORKER;
import static org.fangkong.shared.Role.HQ_STAFF;
import static org.fangkong.shared.Role.MEDIC;
import static org.fangkong.shared.Role.TOWNSHIP_OFFICER;

/**
 * Cases and close contacts (issue #13): commanders, medics and the HQ medical group
 * investigate (the demo HQ user is of the screening group, so the page rule lets HQ staff
 * through and the service refuses them); grid workers and township officers list the
 * contacts of their area, never the cases. The records: a case of a person of 东岗社区, and a
 * member of the same household as its candidate.
 */
class CasesRoutes implements ModuleRoutes {

	static final Set<Role> CASES_INVESTIGATORS = Set.of(COMMANDER, MEDIC);

	static final Set<Role> CASES_PASSING = Set.of(COMMANDER, MEDIC, HQ_STAFF);

	static final Set<Role> CASES_FOLLOWERS = Set.of(COMMANDER, MEDIC, GRID_WORKER, TOWNSHIP_OFFICER);

	private long casesOther;

	private long casesManual;

	@Override
	public void prepare(RouteWorld world) throws Exception {
		long household = world.tree().firstHousehold("东岗社区");
		long patient = person(world, household, "矩阵病例");
		long relative = person(world, household, "矩阵同户");
		this.casesOther = person(world, household, "矩阵建档");
		this.casesManual = person(world, household, "矩阵密接");
		long id = world.bean(Cases.class)
			.open(world.actor("medic"), new Cases.NewCase(patient, CaseClassification.CONFIRMED, null))
			.id();
		world.records("cases-case").reference(id);
		world.records("cases-candidate").reference(id, relative);
	}

	private static long person(RouteWorld world, long household, String name) throws Exception {
		String json = world.postJson("grid", "/api/v1/screenings", ScreeningJson.in(household).name(name).json());
		return ((Number) JsonPath.read(json, "$.personId")).longValue();
	}

	@Override
	public List<RouteCase> routes() {
		return List.of(RouteCase.get("/cases").allow(CASES_INVESTIGATORS).passing(CASES_PASSING),
				RouteCase.post("/cases")
					.allow(CASES_INVESTIGATORS)
					.passing(CASES_PASSING)
					.param("idNumber", "110101199001010000")
					.param("classification", "SUSPECTED")
					.because("an ID the records do not hold comes back to the list with the reason")
					.expect(302),
				RouteCase.get("/cases/{id}").allow(CASES_INVESTIGATORS).passing(CASES_PASSING).record("cases-case"),
				RouteCase.post("/cases/{id}/candidates/{personId}/accept")
					.allow(CASES_INVESTIGATORS)
					.passing(CASES_PASSING)
					.record("cases-candidate")
					.expect(302),
				RouteCase.post("/cases/{id}/candidates/{personId}/dismiss")
					.allow(CASES_INVESTIGATORS)
					.passing(CASES_PASSING)
					.record("cases-candidate")
					.expect(302),
				RouteCase.post("/cases/{id}/contacts")
					.allow(CASES_INVESTIGATORS)
					.passing(CASES_PASSING)
					.record("cases-case")
					.param("idNumber", "110101199001010000")
					.param("lastExposure", "2020-01-01")
					.param("exposureType", "矩阵")
					.expect(302),
				RouteCase.post("/cases/{id}/visits")
					.allow(CASES_INVESTIGATORS)
					.passing(CASES_PASSING)
					.record("cases-case")
					.param("place", "矩阵超市")
					.param("visitedFrom", "2020-01-01T10:00")
					.expect(302),
				RouteCase.post("/cases/{id}/classification")
					.allow(CASES_INVESTIGATORS)
					.passing(CASES_PASSING)
					.record("cases-case")
					.param("classification", "CONFIRMED")
					.expect(302),
				RouteCase.post("/cases/{id}/source")
					.allow(CASES_INVESTIGATORS)
					.passing(CASES_PASSING)
					.record("cases-case")
					.param("sourceKind", "LOCAL")
					.expect(302),
				RouteCase.get("/cases/chains").allow(CASES_INVESTIGATORS).passing(CASES_PASSING),
				RouteCase.get("/cases/chains/data").allow(CASES_INVESTIGATORS).passing(CASES_PASSING),
				RouteCase.get("/contacts")
					.allow(CASES_FOLLOWERS)
					.passing(Set.of(COMMANDER, MEDIC, GRID_WORKER, TOWNSHIP_OFFICER, HQ_STAFF))
					.because("HQ staff outside the medical group follow no contacts"),
				RouteCase.post("/api/v1/cases")
					.allow(CASES_INVESTIGATORS)
					.json((call) -> "{\"personId\":" + this.casesOther + ",\"classification\":\"SUSPECTED\"}")
					.because("one case per person: the second investigator's call is refused")
					.expect(201, 400),
				RouteCase.get("/api/v1/cases").allow(CASES_INVESTIGATORS),
				RouteCase.get("/api/v1/cases/{id}").allow(CASES_INVESTIGATORS).record("cases-case"),
				RouteCase.post("/api/v1/cases/{id}/classification")
					.allow(CASES_INVESTIGATORS)
					.record("cases-case")
					.json((call) -> "{\"classification\":\"CONFIRMED\"}")
					.expect(200),
				RouteCase.put("/api/v1/cases/{id}/source")
					.allow(CASES_INVESTIGATORS)
					.record("cases-case")
					.json((call) -> "{\"sourceKind\":\"LOCAL\"}")
					.expect(200),
				RouteCase.post("/api/v1/cases/{id}/visits")
					.allow(CASES_INVESTIGATORS)
					.record("cases-case")
					.json((call) -> "{\"place\":\"矩阵超市\",\"visitedFrom\":\"2020-01-01T02:00:00Z\"}")
					.expect(201),
				RouteCase.get("/api/v1/cases/{id}/contact-candidates").allow(CASES_INVESTIGATORS).record("cases-case"),
				RouteCase.post("/api/v1/cases/{id}/contact-candidates/{personId}/accept")
					.allow(CASES_INVESTIGATORS)
					.record("cases-candidate")
					.expect(200),
				RouteCase.post("/api/v1/cases/{id}/contact-candidates/{personId}/dismiss")
					.allow(CASES_INVESTIGATORS)
					.record("cases-candidate")
					.because("once decided, the decision stands and is answered again")
					.expect(200),
				RouteCase.post("/api/v1/cases/{id}/contacts")
					.allow(CASES_INVESTIGATORS)
					.record("cases-case")
					.json((call) -> "{\"personId\":" + this.casesManual
							+ ",\"lastExposure\":\"2020-01-01\",\"exposureType\":\"矩阵\"}")
					.because("a person is on a case's list once: the second call is refused")
					.expect(201, 400),
				RouteCase.get("/api/v1/chains").allow(CASES_INVESTIGATORS),
				RouteCase.get("/api/v1/contacts").allow(CASES_FOLLOWERS));
	}

}
