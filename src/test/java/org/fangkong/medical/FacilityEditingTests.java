package org.fangkong.medical;

import java.util.Map;
import java.util.UUID;

import org.fangkong.identity.Accounts;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.support.Actors;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fangkong.support.DemoUsers.session;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Facilities kept on a page (issue #12 item 1): a medic adds one and changes its beds; a
 * capacity below the beds in use is refused with a message and nothing changes; the
 * hotline reads facilities but does not keep them.
 */
@IntegrationTest
class FacilityEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FacilityEditing editing;

	@Autowired
	Facilities facilities;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMedicAddsAFacilityOnThePageAndChangesItsBeds() throws Exception {
		String name = "新建隔离点 " + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/medical/facilities").session(session(this.mvc, "medic"))
				.with(csrf())
				.param("name", name)
				.param("kind", "ISOLATION_SITE")
				.param("address", "铁力市北山路1号")
				.param("latitude", "46.98")
				.param("longitude", "128.03")
				.param("doctors", "2")
				.param("nurses", "6")
				.param("otherStaff", "3")
				.param("isolation", "40"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/medical/facilities"));
		Actor medic = Actors.demo(this.accounts, "medic");
		Facilities.FacilityView added = this.facilities.visibleTo(medic)
			.stream()
			.filter((f) -> f.name().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(added.kind()).isEqualTo(FacilityKind.ISOLATION_SITE);
		assertThat(added.beds()).extracting(Facilities.BedView::kind).containsExactly(BedKind.ISOLATION);
		assertThat(added.capacity()).isEqualTo(40);
		assertThat(added.nurses()).isEqualTo(6);

		// the edit page shows the form with the facility's values
		this.mvc.perform(get("/medical/facilities/{id}/edit", added.id()).session(session(this.mvc, "medic")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"40\"")));
		// a medic raises the rooms and opens observation beds
		this.mvc
			.perform(post("/medical/facilities/{id}", added.id()).session(session(this.mvc, "medic"))
				.with(csrf())
				.param("name", name)
				.param("kind", "ISOLATION_SITE")
				.param("isolation", "50")
				.param("observation", "5"))
			.andExpect(status().is3xxRedirection());
		Facilities.FacilityView changed = this.facilities.get(medic, added.id());
		assertThat(changed.capacity()).isEqualTo(55);
		assertThat(changed.latitude()).isNull();
	}

	@Test
	void aCapacityBelowTheBedsInUseIsRefusedAndNothingChanges() throws Exception {
		Actor commander = Actors.demo(this.accounts, "commander");
		Facilities.FacilityView site = this.editing.add(commander,
				new FacilityEditing.FacilityForm("容量测试点 " + UUID.randomUUID(), FacilityKind.ISOLATION_SITE, null, null,
						null, 1, 1, 1, false, Map.of(BedKind.ISOLATION, 10, BedKind.OBSERVATION, 4)));
		this.jdbc.update("update medical_facility_bed set occupied = 6 where facility_id = ? and kind = 'ISOLATION'",
				site.id());
		this.mvc
			.perform(post("/medical/facilities/{id}", site.id()).session(session(this.mvc, "commander"))
				.with(csrf())
				.param("name", "改名不应生效")
				.param("kind", "ISOLATION_SITE")
				.param("isolation", "5")
				.param("observation", "8"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("床位数不能少于当前已用的床位")));
		Facilities.FacilityView unchanged = this.facilities.get(commander, site.id());
		assertThat(unchanged.name()).isEqualTo(site.name());
		assertThat(unchanged.beds()).extracting(Facilities.BedView::capacity).containsExactlyInAnyOrder(10, 4);

		assertThatThrownBy(() -> this.editing.update(Actors.demo(this.accounts, "hotline"), site.id(),
				new FacilityEditing.FacilityForm("x", FacilityKind.ISOLATION_SITE, null, null, null, 0, 0, 0, false,
						Map.of())))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.editing.add(commander, new FacilityEditing.FacilityForm(site.name(),
				FacilityKind.ISOLATION_SITE, null, null, null, 0, 0, 0, false, Map.of())))
			.isInstanceOf(InvalidInputException.class);
		this.jdbc.update("update medical_facility_bed set occupied = 0 where facility_id = ?", site.id());
	}

}
