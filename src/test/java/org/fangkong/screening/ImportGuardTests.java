package org.fangkong.screening;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue #9 item 3 without Spring: one import at a time per user; two users both proceed;
 * the user may import again once theirs has ended, also when it failed.
 */
class ImportGuardTests {

	private final ImportGuard guard = new ImportGuard();

	@Test
	void aSecondConcurrentImportOfTheSameUserIsBusyAndAnotherUsersProceeds() throws Exception {
		Actor anna = actor(1, "anna");
		Actor ben = actor(2, "ben");
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			Future<String> first = pool.submit(importing(anna, inside, finish));
			assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
			Future<String> second = pool.submit(importing(anna, null, null));
			Future<String> other = pool.submit(importing(ben, null, null));
			assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("busy");
			assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("done");
			finish.countDown();
			assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("done");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.guard.isRunning(anna)).isFalse();
		assertThat(importing(anna, null, null).call()).isEqualTo("done");
	}

	@Test
	void anImportThatFailsReleasesTheUser() {
		Actor anna = actor(1, "anna");
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> {
			Runnable release = this.guard.enter(anna);
			try {
				throw new IllegalStateException("broken file");
			}
			finally {
				release.run();
			}
		});
		assertThat(this.guard.isRunning(anna)).isFalse();
	}

	private Callable<String> importing(Actor actor, CountDownLatch inside, CountDownLatch finish) {
		return () -> {
			Runnable release;
			try {
				release = this.guard.enter(actor);
			}
			catch (ImportBusyException ex) {
				return "busy";
			}
			try {
				if (inside != null) {
					inside.countDown();
					finish.await(5, TimeUnit.SECONDS);
				}
				return "done";
			}
			finally {
				release.run();
			}
		};
	}

	private static Actor actor(long id, String username) {
		return new Actor(id, username, username, Set.of(Role.TOWNSHIP_OFFICER), 1L, null);
	}

}
