package org.fangkong.checkpoint;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.fangkong.audit.AuditTrail;
import org.fangkong.shared.PersonalDataProtection;
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
 * SECURITY.md PR2 (issue #9 item 10): a nightly job removes what identifies the traveller
 * from crossings older than the retention period ({@code fangkong.checkpoint.retention},
 * 180 days by default): name, ID number and its lookup hash, phone and the plate's
 * number; from pending QR registrations as old too. The checkpoint, direction, time,
 * temperature, origin class, destination and outcome stay, so every count and report
 * stays true. Runs in batches; audited once per run that changed anything.
 */
@Service
public class RegistrationRetention {

	static final String ANONYMOUS = "（已匿名）";

	/** The lookup hash of an anonymised crossing: never the hash of an ID number. */
	static final String NO_HASH = "anonymised";

	/**
	 * The plate of an anonymised vehicle: it stays a vehicle for the counts (vehicles in
	 * and out), without its number.
	 */
	static final String NO_PLATE = "***";

	private static final Logger log = LoggerFactory.getLogger(RegistrationRetention.class);

	private static final int BATCH = 2000;

	private final NamedParameterJdbcTemplate jdbc;

	private final PersonalDataProtection protection;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duration retention;

	RegistrationRetention(NamedParameterJdbcTemplate jdbc, PersonalDataProtection protection, AuditTrail audit,
			Clock clock, @Value("${fangkong.checkpoint.retention:180d}") Duration retention) {
		this.jdbc = jdbc;
		this.protection = protection;
		this.audit = audit;
		this.clock = clock;
		this.retention = retention;
	}

	@SchedulerLock(name = "checkpoint-retention", lockAtLeastFor = "${fangkong.jobs.cron-lock-at-least:15s}")
	@Scheduled(cron = "${fangkong.checkpoint.retention-cron:0 45 3 * * *}",
			zone = "${fangkong.time-zone:Asia/Shanghai}")
	void nightly() {
		int count = anonymiseExpired();
		if (count > 0) {
			log.info("retention: anonymised {} crossings", count);
		}
	}

	/** Anonymises every crossing and QR registration older than the retention period. */
	@Transactional
	public int anonymiseExpired() {
		Instant now = Instant.now(this.clock);
		MapSqlParameterSource params = new MapSqlParameterSource()
			.addValue("cutoff", Timestamp.from(now.minus(this.retention)))
			.addValue("now", Timestamp.from(now))
			.addValue("name", ANONYMOUS)
			.addValue("hash", NO_HASH)
			.addValue("plate", NO_PLATE)
			.addValue("blank", this.protection.encrypt(""))
			.addValue("batch", BATCH);
		int total = 0;
		int changed;
		do {
			changed = this.jdbc.update("""
					update registration set name = :name, id_number_enc = :blank, id_number_hash = :hash,
					  phone_enc = null, plate = case when plate is null then null else :plate end, anonymised_at = :now
					where id in (select id from registration
					             where anonymised_at is null and crossed_at < :cutoff
					             order by id fetch first :batch rows only)""", params);
			total += changed;
		}
		while (changed == BATCH);
		int pending = this.jdbc.update("""
				update self_registration set name = :name, id_number_enc = :blank, phone_enc = null,
				  plate = case when plate is null then null else :plate end,
				  anonymised_at = :now
				where anonymised_at is null and submitted_at < :cutoff""", params);
		if (total + pending > 0) {
			this.audit.recordAs("system", CheckpointAudit.REGISTRATIONS_ANONYMISED, "registration", null,
					AuditTrail.SUCCESS,
					"anonymised=" + total + " selfRegistrations=" + pending + " retention=" + this.retention);
		}
		return total;
	}

}
