package org.fangkong.roster;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.fangkong.support.IntegrationTest;
import org.fangkong.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #18: a roster solved on one node shows its progress on every node, and a stop
 * sent to another node reaches the one that solves. Two nodes are two
 * {@link SharedProgress} on the one PostgreSQL database.
 */
@IntegrationTest
class SharedProgressTests {

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	SharedProgress progress;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theOtherNodeSeesTheProgressAndItsStopReachesTheSolvingNode() {
		SharedProgress solving = node("node-a");
		SharedProgress other = node("node-b");
		long roster = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);

		assertThat(other.progress(roster)).as("nothing is being solved").isEmpty();
		assertThat(other.requestStop(roster)).as("no node solves it: nothing to stop").isFalse();
		solving.started(roster, 3);
		solving.progressed(roster, new Rosters.Progress("0hard/-40soft", Duration.ofSeconds(2), 1, 3, 2));
		this.clock.advance(Duration.ofSeconds(5));

		Rosters.Progress seen = other.progress(roster).orElseThrow();
		assertThat(seen.score()).isEqualTo("0hard/-40soft");
		assertThat(seen.problemsDone()).isOne();
		assertThat(seen.problems()).isEqualTo(3);
		assertThat(seen.problemsPlanned()).isEqualTo(2);
		assertThat(seen.elapsed()).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(6));

		assertThat(solving.stopsRequested(List.of(roster))).isEmpty();
		assertThat(other.requestStop(roster)).isTrue();
		assertThat(solving.stopsRequested(List.of(roster))).containsExactly(roster);

		solving.ended(roster);
		assertThat(other.progress(roster)).isEmpty();
	}

	@Test
	void theStartWrittenAfterTheCommitOfTheRostersSolvingIsCommittedItself() {
		long roster = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
		// as Rosters.solve does: the solver starts once the roster's "solving" has
		// committed
		this.transactions.executeWithoutResult(
				(status) -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						SharedProgressTests.this.progress.started(roster, 2);
					}
				}));

		assertThat(node("node-b").progress(roster)).as("seen by another node").isPresent();
		this.progress.ended(roster);
	}

	private SharedProgress node(String name) {
		return new SharedProgress(this.jdbc, this.clock, name);
	}

}
