package org.fangkong.supplies;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.UnprocessableRequestException;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17 item 2: stock on hand never goes negative, also when 20 distributions of the
 * last 10 boxes run at once on PostgreSQL: exactly 10 go through, the rest are refused,
 * and the warehouse ends with none.
 */
@IntegrationTest
class StockConcurrencyTests {

	@Autowired
	Stock stock;

	@Autowired
	Accounts accounts;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	SuppliesSeeding seeding;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twentyConcurrentDistributionsOfTheLastTenBoxesNeverOverdraw() throws Exception {
		Actor commander = Actors.demo(this.accounts, "commander");
		long warehouse = this.stock.createPlace(commander, new NewPlace("并发测试仓库", PlaceKind.WAREHOUSE, null)).id();
		long medicine = this.seeding.itemId("MEDICINE");
		// two lots, so that a distribution may take from either
		this.stock.move(commander, new NewMovement(medicine, null, warehouse, null, 4L, null, "CG-C1", null));
		this.stock.move(commander, new NewMovement(medicine, null, warehouse, null, 6L, null, "CG-C2", null));
		long toll = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("铁力收费站");
		long station = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("神树火车站");

		ExecutorService pool = Executors.newFixedThreadPool(20);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> results = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			long target = (i % 2 == 0) ? toll : station;
			results.add(pool.submit(() -> {
				start.await();
				try {
					this.stock.move(commander,
							new NewMovement(medicine, warehouse, null, target, 1L, null, null, null));
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
		assertThat(this.jdbc.queryForObject("select sum(quantity) from stock where place_id = ? and item_id = ?",
				Long.class, warehouse, medicine))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select coalesce(sum(quantity), 0) from stock_movement where from_place_id = ? and item_id = ?",
				Long.class, warehouse, medicine))
			.isEqualTo(10);
		assertThat(this.jdbc.queryForObject("select count(*) from stock where quantity < 0", Long.class)).isZero();
	}

	@Test
	void theDatabaseRefusesANegativeStockRow() {
		Actor commander = Actors.demo(this.accounts, "commander");
		long warehouse = this.stock.createPlace(commander, new NewPlace("约束测试仓库", PlaceKind.WAREHOUSE, null)).id();
		long goggles = this.seeding.itemId("GOGGLES");
		this.stock.move(commander, new NewMovement(goggles, null, warehouse, null, 3L, null, null, null));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc.update(
					"update stock set quantity = quantity - 4 where place_id = ? and item_id = ?", warehouse, goggles))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

}
