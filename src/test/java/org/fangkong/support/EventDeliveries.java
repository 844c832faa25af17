package org.fangkong.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What became of the deliveries of one event to one listener, read from the tables of the
 * event publication registry (PostgreSQL): completed deliveries are archived
 * ({@code spring.modulith.events.completion-mode=archive}), failed ones stay in
 * {@code event_publication} with status {@code FAILED}. The event is found by one of its
 * id fields in its serialised form.
 * <p>
 * A test that publishes an event twice waits until both deliveries have
 * {@link #finished()}, then checks that neither {@link #failed()}: an idempotent listener
 * completes the second delivery and changes nothing.
 */
public record EventDeliveries(int completed, int failed) {

	public static EventDeliveries of(JdbcTemplate jdbc, String listenerId, String idField, long id) {
		String matching = " where listener_id = ? and cast(serialized_event as jsonb) ->> ? = ?";
		Integer completed = jdbc.queryForObject("select count(*) from event_publication_archive" + matching,
				Integer.class, listenerId, idField, Long.toString(id));
		Integer failed = jdbc.queryForObject(
				"select count(*) from event_publication" + matching + " and status = 'FAILED'", Integer.class,
				listenerId, idField, Long.toString(id));
		return new EventDeliveries(completed, failed);
	}

	/** How many deliveries have ended, completed or failed. */
	public int finished() {
		return this.completed + this.failed;
	}

}
