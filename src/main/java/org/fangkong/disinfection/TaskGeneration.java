package org.fangkong.disinfection;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the day's disinfection tasks from the plan (R-ENV-1): a place gets a task on a
 * day when its last task is at least its frequency old (or it has none). Runs at startup
 * and every {@code fangkong.disinfection.generate-every} (10 minutes), so a new day's
 * tasks exist minutes after midnight and a place added during the day gets its task.
 * <p>
 * Once per place and day, whatever runs it and how often: the table's unique key on
 * (place, due date) and {@code insert … on conflict do nothing} make a second run — on
 * this node or on another application node at the same moment — insert nothing.
 */
@Component
public class TaskGeneration {

	private static final Logger log = LoggerFactory.getLogger(TaskGeneration.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	TaskGeneration(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@SchedulerLock(name = "disinfection-task-generation")
	@Scheduled(fixedDelayString = "${fangkong.disinfection.generate-every:10m}",
			initialDelayString = "${fangkong.disinfection.generate-every:10m}")
	void today() {
		int made = generate(LocalDate.now(this.clock));
		if (made > 0) {
			log.info("Made {} disinfection tasks for today", made);
		}
	}

	/**
	 * Makes the tasks due on {@code day} that do not exist yet.
	 * @return how many tasks this call inserted
	 */
	@Transactional
	public int generate(LocalDate day) {
		List<SqlParameterSource> rows = new ArrayList<>();
		this.jdbc.query("""
				select p.id, p.jurisdiction_id, p.scope_path, coalesce(p.frequency_days, k.frequency_days) frequency,
				  (select max(t.due_date) from disinfection_task t where t.place_id = p.id and t.due_date <= :day) last
				from disinfection_place p join disinfection_kind k on k.kind = p.kind
				""", new MapSqlParameterSource("day", Date.valueOf(day)), (rs) -> {
			int frequency = rs.getInt("frequency");
			Date last = rs.getDate("last");
			if (last == null || !last.toLocalDate().plusDays(frequency).isAfter(day)) {
				rows.add(new MapSqlParameterSource("place", rs.getLong("id"))
					.addValue("node", rs.getLong("jurisdiction_id"))
					.addValue("path", rs.getString("scope_path"))
					.addValue("day", Date.valueOf(day))
					.addValue("by", Date.valueOf(day.plusDays(frequency))));
			}
		});
		if (rows.isEmpty()) {
			return 0;
		}
		int[] counts = this.jdbc.batchUpdate("""
				insert into disinfection_task (place_id, jurisdiction_id, scope_path, due_date, due_by, status)
				values (:place, :node, :path, :day, :by, 'OPEN')
				on conflict do nothing
				""", rows.toArray(SqlParameterSource[]::new));
		int made = 0;
		for (int count : counts) {
			made += Math.max(count, 0);
		}
		return made;
	}

}
