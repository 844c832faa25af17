package org.fangkong.shared.platform;

/**
 * Work a module has accepted and not done yet, for the command dashboard to say how far
 * behind the figures are (issue #19): the arrivals registered at checkpoints that the
 * screening ledger has not taken in yet, say. A module declares one bean; no module
 * learns who shows it.
 */
public interface WorkBacklog {

	/** What is waiting now, city-wide (the work is the platform's, not a node's). */
	Waiting waiting();

	/**
	 * @param code the kind of work; the message {@code backlog.<code>} names it
	 * @param items how many wait
	 * @param oldestSeconds how long the oldest has waited, 0 when none
	 */
	record Waiting(String code, long items, long oldestSeconds) {

	}

}
