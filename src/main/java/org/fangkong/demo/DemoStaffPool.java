package org.fangkong.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fangkong.checkpoint.CheckpointKind;
import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.roster.Grade;
import org.fangkong.roster.RosterSeeding;
import org.fangkong.roster.StaffPool;
import org.fangkong.roster.StaffPool.NewStaff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff pool of the demo city (issue #11): for the 11 key checkpoints two echelons of
 * 149 cadres (15 section-level, 26 deputy, 108 general, one of them the demo crew member
 * 王刚 with his user account) and 300 police and medical staff in 11 groups; for each
 * village checkpoint 8 cadres of its own village. Loaded once, after the city, through
 * the roster module's seeding interface.
 */
@Component
@Profile("demo")
@Order(11)
class DemoStaffPool implements ApplicationRunner {

	static final int VILLAGE_PEOPLE = 8;

	private static final Logger log = LoggerFactory.getLogger(DemoStaffPool.class);

	private final RosterSeeding seeding;

	private final StaffPool pool;

	private final Checkpoints checkpoints;

	private final Jurisdictions jurisdictions;

	private final Accounts accounts;

	DemoStaffPool(RosterSeeding seeding, StaffPool pool, Checkpoints checkpoints, Jurisdictions jurisdictions,
			Accounts accounts) {
		this.accounts = accounts;
		this.seeding = seeding;
		this.pool = pool;
		this.checkpoints = checkpoints;
		this.jurisdictions = jurisdictions;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long city = this.jurisdictions.findByCode(DemoDataLoader.CITY_CODE).orElseThrow().id();
		if (this.pool.hasPool(city)) {
			return;
		}
		long started = System.nanoTime();
		Random random = new Random(11);
		List<NewStaff> people = new ArrayList<>();
		addCadres(people, random, Grade.SECTION, 15, city);
		addCadres(people, random, Grade.DEPUTY, 26, city);
		addCadres(people, random, Grade.GENERAL, 107, city);
		// the demo crew member is in the pool too, so that "my shifts" shows a published
		// roster
		Long crew = this.accounts.findByUsername("crew").map(Accounts.UserView::id).orElse(null);
		people.add(new NewStaff("王刚", Grade.GENERAL, "市直机关", null, 1, crew, null, city));
		for (int i = 0; i < 300; i++) {
			Grade grade = (i % 2 == 0) ? Grade.MEDIC : Grade.POLICE;
			String unit = ((grade == Grade.MEDIC) ? "医疗" : "公安") + "第" + (i % 11 + 1) + "组";
			people.add(new NewStaff(DemoDataLoader.nameOf(random), grade, unit, null, null, null, null, city));
		}
		for (CheckpointView checkpoint : this.checkpoints.all()) {
			if (checkpoint.kind() == CheckpointKind.VILLAGE) {
				for (int i = 0; i < VILLAGE_PEOPLE; i++) {
					people.add(new NewStaff(DemoDataLoader.nameOf(random), Grade.VILLAGE_CADRE,
							checkpoint.name() + "值守组", null, null, null, checkpoint.id(), checkpoint.jurisdictionId()));
				}
			}
		}
		// the hotline's seven medics (issue #12: its 24-hour staffing comes from the
		// rosters);
		// the demo hotline operator is one of them
		Long operator = this.accounts.findByUsername("hotline").map(Accounts.UserView::id).orElse(null);
		for (int i = 0; i < 7; i++) {
			people.add(new NewStaff(DemoDataLoader.nameOf(random), Grade.MEDIC, "防治专线",
					java.util.Set.of(org.fangkong.roster.Skill.HOTLINE), null, (i == 0) ? operator : null, null, city));
		}
		this.seeding.addStaff(people);
		log.info("Loaded the demo staff pool: {} people in {} ms", people.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private static void addCadres(List<NewStaff> people, Random random, Grade grade, int count, long city) {
		for (int i = 0; i < count; i++) {
			people.add(new NewStaff(DemoDataLoader.nameOf(random), grade, "市直机关", null, (i % 2) + 1, null, null, city));
		}
	}

}
