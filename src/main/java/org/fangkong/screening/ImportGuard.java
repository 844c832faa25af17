package org.fangkong.screening;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.fangkong.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issue #9 item 3 (UP2): one import at a time per user, so that one person cannot tie up
 * the server with many uploads at once. In memory: a user's import runs on the node that
 * received it.
 */
@Component
class ImportGuard {

	private final Set<Long> running = ConcurrentHashMap.newKeySet();

	/**
	 * Marks the user's import as running until the surrounding transaction ends (or, with
	 * none, until {@link Runnable#run} of the answer), or refuses with
	 * {@link ImportBusyException} when one of theirs already runs.
	 */
	Runnable enter(Actor actor) {
		long user = actor.userId();
		if (!this.running.add(user)) {
			throw new ImportBusyException();
		}
		Runnable release = () -> this.running.remove(user);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					release.run();
				}
			});
			return () -> {
			};
		}
		return release;
	}

	boolean isRunning(Actor actor) {
		return this.running.contains(actor.userId());
	}

}
