package org.fangkong.party;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fangkong.identity.Accounts;
import org.fangkong.party.PartyViews.FundRequest;
import org.fangkong.party.PartyViews.FundView;
import org.fangkong.party.PartyViews.NewCadreNote;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.Role;
import org.fangkong.shared.UnprocessableRequestException;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #17 item 5: a special fund's ledger never goes below zero, also when spent from
 * at once; the notes on cadres are for commanders and the organisation group only, and
 * every read is audited.
 */
@IntegrationTest
class PartyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PartyFunds funds;

	@Autowired
	CadreNotes notes;

	@Autowired
	PartyBranches branches;

	@Autowired
	org.fangkong.jurisdiction.Jurisdictions jurisdictions;

	@Autowired
	org.fangkong.checkpoint.Checkpoints checkpoints;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCommanderSetsUpABranchOnThePagesRaisesItsFlagAndCommends() throws Exception {
		var commander = DemoUsers.session(this.mvc, "commander");
		String name = "页面测试临时党支部 " + System.nanoTime();
		String location = this.mvc
			.perform(post("/party/branches").session(commander)
				.with(csrf())
				.param("name", name)
				.param("kind", "CHECKPOINT_GROUP")
				.param("attachedTo", "神树火车站")
				.param("foundedOn", "2020-01-28")
				.param("secretary", "李书记")
				.param("members", "王党员，神树镇政府\n\n赵党员"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Actor actor = Actors.demo(this.accounts, "commander");
		PartyViews.BranchView branch = this.branches.get(actor, id);
		assertThat(branch.secretary()).isEqualTo("李书记");
		assertThat(branch.members()).extracting(PartyViews.Member::name).containsExactly("李书记", "王党员", "赵党员");
		assertThat(branch.members().get(1).unit()).isEqualTo("神树镇政府");
		assertThat(branch.foundedOn()).isEqualTo(java.time.LocalDate.of(2020, 1, 28));

		this.mvc
			.perform(post("/party/branches/{id}/members", id).session(commander)
				.with(csrf())
				.param("name", "钱党员")
				.param("duty", "DEPUTY"))
			.andExpect(status().is3xxRedirection());
		long station = new org.fangkong.support.DemoTree(this.jurisdictions, this.checkpoints).checkpoint("神树火车站");
		this.mvc
			.perform(post("/party/branches/{id}/flags", id).session(commander)
				.with(csrf())
				.param("checkpointId", String.valueOf(station)))
			.andExpect(status().is3xxRedirection());
		branch = this.branches.get(actor, id);
		assertThat(branch.members()).extracting(PartyViews.Member::name).contains("钱党员");
		assertThat(branch.flags()).extracting(PartyViews.Flag::checkpointName).containsExactly("神树火车站");
		// a second secretary is refused
		assertThatThrownBy(() -> this.branches.addMember(actor, id,
				new PartyViews.Member("又一个书记", PartyViews.Duty.SECRETARY, null)))
			.isInstanceOf(org.fangkong.shared.InvalidInputException.class);

		// a fund opened on the page with its first allocation, then more allocated
		String fundAt = this.mvc
			.perform(post("/party/funds").session(commander)
				.with(csrf())
				.param("name", name + "经费")
				.param("amount", "5000")
				.param("purpose", "党费下拨"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long fund = Long.parseLong(fundAt.substring(fundAt.lastIndexOf('/') + 1));
		this.mvc
			.perform(post("/party/funds/{id}/allocate", fund).session(commander)
				.with(csrf())
				.param("amount", "1000.50")
				.param("purpose", "追加"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.funds.get(actor, fund).balance()).isEqualByComparingTo("6000.50");
		assertThat(this.funds.get(actor, fund).entries()).extracting(PartyViews.FundEntry::kind)
			.containsExactly("ALLOCATION", "ALLOCATION");

		this.mvc
			.perform(post("/party/commendations").session(commander)
				.with(csrf())
				.param("kind", "ORGANISATION")
				.param("name", name)
				.param("reason", "坚守卡点"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.branches.commendations(actor)).extracting(PartyViews.CommendationView::name).contains(name);

		// the branch page shows its members to HQ staff, without the forms that keep it
		this.mvc.perform(get("/party/branches/{id}", id).session(DemoUsers.session(this.mvc, "hq-screening")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("王党员")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("flag-form"))));
		this.mvc.perform(get("/party/branches/{id}", id).session(commander))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("flag-form")));
	}

	@Test
	void theFundLedgerRecordsEachSpendingAndRefusesAnOverdraft() throws Exception {
		Actor commander = Actors.demo(this.accounts, "commander");
		FundView fund = this.funds.open(commander, "测试经费", new FundRequest(new BigDecimal("1000.00"), "下拨"));
		this.mvc
			.perform(post("/api/v1/funds/{id}/spend", fund.id()).with(DemoUsers.basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\": 400, \"purpose\": \"慰问\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.balance").value(600.0));
		this.mvc
			.perform(post("/api/v1/funds/{id}/spend", fund.id()).with(DemoUsers.basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\": 600.01, \"purpose\": \"超支\"}"))
			.andExpect(status().isUnprocessableContent());
		FundView after = this.funds.get(commander, fund.id());
		assertThat(after.balance()).isEqualByComparingTo("600.00");
		assertThat(after.entries()).extracting(PartyViews.FundEntry::kind).containsExactly("SPENDING", "ALLOCATION");
		assertThat(after.entries().get(0).balanceAfter()).isEqualByComparingTo("600.00");
		// HQ staff outside the organisation group read, but do not spend
		this.mvc
			.perform(post("/api/v1/funds/{id}/spend", fund.id()).with(DemoUsers.basic("hq-screening"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\": 1, \"purpose\": \"x\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void concurrentSpendingNeverOverdrawsTheFund() throws Exception {
		Actor commander = Actors.demo(this.accounts, "commander");
		long id = this.funds.open(commander, "并发经费", new FundRequest(new BigDecimal("100.00"), "下拨")).id();
		ExecutorService pool = Executors.newFixedThreadPool(20);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> results = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			results.add(pool.submit(() -> {
				start.await();
				try {
					this.funds.spend(commander, id, new FundRequest(new BigDecimal("10.00"), "并发"));
					return true;
				}
				catch (UnprocessableRequestException ex) {
					return false;
				}
			}));
		}
		start.countDown();
		int done = 0;
		for (Future<Boolean> result : results) {
			done += result.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(done).isEqualTo(10);
		assertThat(this.funds.get(commander, id).balance()).isEqualByComparingTo("0");
	}

	@Test
	void cadreNotesAreForCommandersAndTheOrganisationGroupAndEveryReadIsAudited() {
		Actor commander = Actors.demo(this.accounts, "commander");
		this.notes.write(commander, new NewCadreNote("测试干部", "镇党委副书记", "连续值守，表现突出。"));
		long before = this.jdbc.queryForObject("select count(*) from audit_entry where action = 'CADRE_NOTES_READ'",
				Long.class);
		assertThat(this.notes.list(commander)).extracting(PartyViews.CadreNote::cadreName).contains("测试干部");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where action = 'CADRE_NOTES_READ'",
				Long.class))
			.isEqualTo(before + 1);

		// HQ staff of another working group (综合排查组), a township, a crew member: refused
		for (String user : List.of("hq-screening", "township", "crew")) {
			assertThatThrownBy(() -> this.notes.list(Actors.demo(this.accounts, user)))
				.isInstanceOf(ForbiddenException.class);
		}
		// HQ staff of the organisation group (WG01 by default) read them
		long wg01 = this.jdbc.queryForObject("select id from working_group where code = 'WG01'", Long.class);
		Actor organisationGroup = Actors.user("org-staff").role(Role.HQ_STAFF).group(wg01).build();
		assertThat(this.notes.list(organisationGroup)).isNotEmpty();
	}

}
