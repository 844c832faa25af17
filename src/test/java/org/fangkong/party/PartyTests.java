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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

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
