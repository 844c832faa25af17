package org.fangkong.checkpoint;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.PersonalDataProtection;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.RegistrationJson;
import org.fangkong.support.TestClock;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * SECURITY.md PR2 (issue #9 item 10): crossings older than the retention period (180
 * days) lose what identifies the traveller; what the counts need stays, and younger
 * crossings are untouched. Tested with a shifted clock.
 */
@IntegrationTest
class RegistrationRetentionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationRetention retention;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalDataProtection protection;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aCrossingOlderThanTheRetentionLosesTheTravellerButKeepsWhatIsCounted() throws Exception {
		DemoTree tree = new DemoTree(this.jurisdictions, this.checkpoints);
		long station = tree.checkpoint("神树火车站");
		String oldId = TestIds.next();
		register(station,
				RegistrationJson.crossing()
					.idNumber(oldId)
					.name("留存旅客")
					.phone("13912340000")
					.car("黑F12345", "PRIVATE_CAR", 1)
					.temperature("37.6"));
		this.clock.advance(Duration.ofDays(100));
		String youngId = TestIds.next();
		register(station, RegistrationJson.crossing().idNumber(youngId).name("近期旅客").phone("13912340001"));

		this.clock.advance(Duration.ofDays(79));
		this.retention.anonymiseExpired();
		assertThat(row(oldId)).containsEntry("name", "留存旅客");

		int audited = this.audit.byActor("system", CheckpointAudit.REGISTRATIONS_ANONYMISED).size();
		long counted = this.jdbc.queryForObject("select count(*) from registration where checkpoint_id = ?", Long.class,
				station);
		this.clock.advance(Duration.ofDays(2));
		assertThat(this.retention.anonymiseExpired()).isPositive();
		assertThat(row(oldId)).as("found by its ID no more").isNull();
		Map<String, Object> anonymised = this.jdbc.queryForMap(
				"select * from registration where checkpoint_id = ? and name = ? order by id desc fetch first 1 rows only",
				station, RegistrationRetention.ANONYMOUS);
		assertThat(anonymised.get("phone_enc")).isNull();
		assertThat(anonymised.get("plate")).as("still a vehicle, without its number")
			.isEqualTo(RegistrationRetention.NO_PLATE);
		assertThat(anonymised.get("id_number_hash")).isEqualTo(RegistrationRetention.NO_HASH);
		assertThat(anonymised.get("anonymised_at")).isNotNull();
		assertThat(anonymised.get("temperature").toString()).isEqualTo("37.6");
		assertThat(row(youngId)).containsEntry("name", "近期旅客");
		assertThat(this.jdbc.queryForObject("select count(*) from registration where checkpoint_id = ?", Long.class,
				station))
			.as("every crossing still counted")
			.isEqualTo(counted);
		assertThat(this.audit.byActor("system", CheckpointAudit.REGISTRATIONS_ANONYMISED)).hasSize(audited + 1);
		assertThat(this.retention.anonymiseExpired()).as("a second run finds nothing").isZero();
	}

	private void register(long checkpoint, RegistrationJson crossing) throws Exception {
		this.mvc
			.perform(post("/api/v1/checkpoints/{id}/registrations", checkpoint).with(basic("crew"))
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(crossing.json()))
			.andExpect(status().isCreated());
	}

	/**
	 * The crossing of an ID number, found by its lookup hash as the prefill finds it;
	 * null if none.
	 */
	private Map<String, Object> row(String idNumber) {
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select name, phone_enc, plate from registration where id_number_hash = ?",
				this.protection.lookupHash(idNumber));
		return rows.isEmpty() ? null : rows.get(0);
	}

}
