package org.fangkong.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fangkong.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SECURITY.md PR2 (PIPL art. 47): once a person's last observation ended longer ago than
 * {@code fangkong.screening.retention} (180 days by default), a nightly job removes what
 * identifies them — name, ID number and its hashes, phone, addresses, birth date — and
 * the free text of their screenings. What remains (grid, dates, measures, checks) still
 * counts in statistics. A person with an open screening, or one that ended within the
 * period, is kept. The job's runs are audited as
 * {@link ScreeningAudit#PERSONS_ANONYMISED}.
 */
@Service
public class Retention {

	static final String ANONYMOUS = "（已匿名）";

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private static final int BATCH = 500;

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duration retention;

	Retention(NamedParameterJdbcTemplate jdbc, AuditTrail audit, Clock clock,
			@Value("${fangkong.screening.retention:180d}") Duration retention) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.retention = retention;
	}

	@SchedulerLock(name = "screening-retention", lockAtLeastFor = "${fangkong.jobs.cron-lock-at-least:15s}")
	@Scheduled(cron = "${fangkong.screening.retention-cron:0 30 3 * * *}", zone = "${fangkong.time-zone:Asia/Shanghai}")
	void nightly() {
		int count = anonymiseExpired();
		if (count > 0) {
			log.info("retention: anonymised {} persons", count);
		}
	}

	/** Anonymises every person whose observation ended before the retention period. */
	@Transactional
	public int anonymiseExpired() {
		Instant now = Instant.now(this.clock);
		Instant cutoff = now.minus(this.retention);
		LocalDate cutoffDay = LocalDate.ofInstant(cutoff, this.clock.getZone());
		int total = 0;
		List<Long> batch;
		do {
			batch = expired(cutoff, cutoffDay);
			if (!batch.isEmpty()) {
				anonymise(batch, now);
				total += batch.size();
			}
		}
		while (batch.size() == BATCH);
		if (total > 0) {
			this.audit.recordAs("system", ScreeningAudit.PERSONS_ANONYMISED, "person", null, AuditTrail.SUCCESS,
					"anonymised=" + total + " retention=" + this.retention);
		}
		return total;
	}

	private List<Long> expired(Instant cutoff, LocalDate cutoffDay) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("day", cutoffDay)
			.addValue("moment", Timestamp.from(cutoff))
			.addValue("batch", BATCH);
		return this.jdbc.queryForList("""
				select p.id from person p
				where p.anonymised_at is null
				  and exists (select 1 from screening s where s.person_id = p.id)
				  and not exists (select 1 from screening s where s.person_id = p.id and (
				        s.status in ('UNDER_MEASURE', 'NO_MEASURE')
				     or (s.status = 'RELEASED' and (s.released_on is null or s.released_on > :day))
				     or exists (select 1 from screening_history h
				                where h.screening_id = s.id and h.occurred_at > :moment)))
				order by p.id
				fetch first :batch rows only""", params, Long.class);
	}

	private void anonymise(List<Long> persons, Instant now) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("ids", persons)
			.addValue("name", ANONYMOUS)
			.addValue("now", Timestamp.from(now));
		this.jdbc.update("""
				update person set name = :name, id_number_enc = null, id_number_hash = null, id_tail4_hash = null,
				  id_tail6_hash = null, phone_enc = null, phone_hash = null, household_address = null,
				  current_address = null, birth_date = null, anonymised_at = :now, version = version + 1
				where id in (:ids)""", params);
		this.jdbc.update("""
				update screening set companions = null, exposure = null, health_note = null, note = null,
				  stopovers = null, transport_number = null, version = version + 1
				where person_id in (:ids)""", params);
	}

}
