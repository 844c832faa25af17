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
import static org.fangkong.shared.Role.MEDIC;

/**
 * Fever referrals (R-MED-1): medics and commanders read them, only medics receive them.
 * The record: a referral made by a fever the crew registers at 神树火车站.
 */
class MedicalRoutes implements ModuleRoutes {

	static final Set<Role> MEDICAL = Set.of(MEDIC, COMMANDER);

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
				RouteCase.get("/api/v1/referrals").allow(MEDICAL));
	}

}
