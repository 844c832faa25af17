package org.fangkong.medical;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.fangkong.shared.Role;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RegistrationJson;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;

import static org.awaitility.Awaitility.await;
import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.HOTLINE_OPERATOR;
import static org.fangkong.shared.Role.MEDIC;

/**
 * Fever referrals (R-MED-1): medics and commanders read them, only medics receive them.
 * The record: a referral made by a fever the crew registers at 神树火车站.
 */
class MedicalRoutes implements ModuleRoutes {

	static final Set<Role> MEDICAL = Set.of(MEDIC, COMMANDER);

	static final Set<Role> FACILITIES = Set.of(MEDIC, COMMANDER, HOTLINE_OPERATOR);

	@Override
	public void prepare(RouteWorld world) throws Exception {
		long station = world.tree().checkpoint("神树火车站");
		long registration = RouteWorld.id(world.postJson("crew", "/api/v1/checkpoints/{id}/registrations",
				RegistrationJson.crossing().temperature("38.6").json(), station));
		Referrals referrals = world.bean(Referrals.class);
		long referral = await().atMost(Duration.ofSeconds(10))
			.until(() -> referrals.visibleTo(world.actor("medic"))
				.stream()
				.filter((r) -> r.source() == ReferralSource.CHECKPOINT && r.sourceId() == registration)
				.map(Referrals.ReferralView::id)
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		world.records("referral").reference(referral);
		// a facility of its own for the edit routes, so that the matrix changes no demo
		// beds
		String name = world.unique("矩阵隔离点");
		long facility = world.bean(FacilityEditing.class)
			.add(world.actor("commander"),
					new FacilityEditing.FacilityForm(name, FacilityKind.ISOLATION_SITE, null, null, null, 1, 1, 1,
							false, java.util.Map.of(BedKind.ISOLATION, 5)))
			.id();
		world.records("medicalFacility").reference(facility);
	}

	@Override
	public List<RouteCase> routes() {
		return List.of(RouteCase.get("/medical/referrals").allow(MEDICAL),
				// issue #8 item 3: one referral with the person, masked as the role
				// requires
				RouteCase.get("/medical/referrals/{id}").allow(MEDICAL).record("referral"),
				RouteCase.get("/api/v1/referrals/{id}").allow(MEDICAL).record("referral"),
				RouteCase.post("/medical/referrals/{id}/receive")
					.allow(MEDIC)
					.passing(MEDICAL)
					.record("referral")
					.because("commanders read referrals, only medics receive them")
					.expect(302),
				RouteCase.get("/api/v1/referrals").allow(MEDICAL),
				// issue #12: the path to an outcome; a step the referral's state does not
				// allow (the matrix sends each once per medic, in any order) answers 422
				// and
				// changes nothing; pages come back to the referral with the reason
				RouteCase.post("/medical/referrals/{id}/outcome")
					.allow(MEDIC)
					.passing(MEDICAL)
					.record("referral")
					.param("outcome", "EXCLUDED")
					.expect(302),
				RouteCase.post("/medical/referrals/{id}/admit")
					.allow(MEDIC)
					.passing(MEDICAL)
					.record("referral")
					.expect(302),
				RouteCase.post("/medical/referrals/{id}/discharge")
					.allow(MEDIC)
					.passing(MEDICAL)
					.record("referral")
					.expect(302),
				RouteCase.post("/api/v1/referrals/{id}/receive").allow(MEDIC).record("referral").expect(200, 422),
				RouteCase.post("/api/v1/referrals/{id}/outcome")
					.allow(MEDIC)
					.record("referral")
					.json((call) -> "{\"outcome\":\"EXCLUDED\",\"note\":\"matrix\"}")
					.expect(200, 422),
				RouteCase.post("/api/v1/referrals/{id}/admit")
					.allow(MEDIC)
					.record("referral")
					.json((call) -> "{\"bedKind\":\"ISOLATION\"}")
					.because("without a facility: 400 naming facilityId")
					.expect(400),
				RouteCase.post("/api/v1/referrals/{id}/discharge").allow(MEDIC).record("referral").expect(200, 422),
				RouteCase.get("/medical/facilities").allow(FACILITIES),
				// issue #12 item 1: medics and commanders keep the facilities on a page
				RouteCase.get("/medical/facilities/new").allow(MEDICAL),
				RouteCase.post("/medical/facilities")
					.allow(MEDICAL)
					.passing(FACILITIES)
					.because("the list's rule lets the hotline read; only medics and commanders add")
					.param("name", (call) -> "矩阵新场所" + java.util.UUID.randomUUID())
					.param("kind", "FEVER_CLINIC")
					.param("observation", "3")
					.expect(302),
				RouteCase.get("/medical/facilities/{id}/edit").allow(MEDICAL).record("medicalFacility"),
				RouteCase.post("/medical/facilities/{id}")
					.allow(MEDICAL)
					.record("medicalFacility")
					.param("name",
							(call) -> call.world()
								.bean(Facilities.class)
								.get(call.world().actor("commander"),
										(Long) call.world()
											.records("medicalFacility")
											.of(null, org.fangkong.support.Scope.OWN)
											.get(0)[0])
								.name())
					.param("kind", "ISOLATION_SITE")
					.param("isolation", "5")
					.expect(302),
				RouteCase.get("/api/v1/facilities").allow(FACILITIES),
				RouteCase.get("/api/v1/expert-teams").allow(FACILITIES));
	}

}
