package org.fangkong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.organisation.Organisation;
import org.fangkong.shared.ResidentIdNumber;
import org.fangkong.volunteer.NewVolunteer;
import org.fangkong.volunteer.TeamKind;
import org.fangkong.volunteer.VolunteerSeeding;
import org.fangkong.volunteer.VolunteerSkill;
import org.fangkong.volunteer.Volunteers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo reserve (issue #15, R-VOL-1..3), marked as demo data: 360 volunteers of the
 * city's units aged 19 to 63 on the day the data is loaded (so the 3 echelons by age all
 * fill), a tenth of them with a medical echelon, a third belonging to 铁力镇; the demo user
 * {@code volunteer} (孙磊) among them; assault teams for the buildings of 铁力镇's communities
 * (each building a prevention unit of a city unit), a village work team and a community
 * screening group. Loaded once, after the city.
 */
@Component
@Profile("demo")
@Order(12)
class DemoVolunteers implements ApplicationRunner {

	static final int PEOPLE = 360;

	private static final Logger log = LoggerFactory.getLogger(DemoVolunteers.class);

	private final VolunteerSeeding seeding;

	private final Volunteers volunteers;

	private final Jurisdictions jurisdictions;

	private final Organisation organisation;

	private final Accounts accounts;

	private final Clock clock;

	DemoVolunteers(VolunteerSeeding seeding, Volunteers volunteers, Jurisdictions jurisdictions,
			Organisation organisation, Accounts accounts, Clock clock) {
		this.seeding = seeding;
		this.volunteers = volunteers;
		this.jurisdictions = jurisdictions;
		this.organisation = organisation;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		JurisdictionView city = this.jurisdictions.findByCode(DemoDataLoader.CITY_CODE).orElse(null);
		if (city == null || this.volunteers.hasReserve(city.id())) {
			return;
		}
		long started = System.nanoTime();
		JurisdictionView town = this.jurisdictions.findByCode("230781100").orElseThrow();
		List<Organisation.WorkUnitView> units = this.organisation.units();
		Random random = new Random(15);
		LocalDate today = LocalDate.now(this.clock);
		List<NewVolunteer> people = new ArrayList<>();
		Long user = this.accounts.findByUsername("volunteer").map(Accounts.UserView::id).orElse(null);
		LocalDate sunBirth = today.minusYears(29).minusDays(40);
		people.add(new NewVolunteer("孙磊", "铁力镇政府", sunBirth, EnumSet.of(VolunteerSkill.SCREENING), null, "13700015015",
				idNumber(sunBirth, 15), null, null, user, town.id()));
		for (int i = 1; i < PEOPLE; i++) {
			LocalDate birth = today.minusYears(19 + (i * 45L / PEOPLE)).minusDays(random.nextInt(365));
			Set<VolunteerSkill> skills = EnumSet.noneOf(VolunteerSkill.class);
			skills.add(VolunteerSkill.values()[random.nextInt(VolunteerSkill.values().length)]);
			if (random.nextInt(3) == 0) {
				skills.add(VolunteerSkill.values()[random.nextInt(VolunteerSkill.values().length)]);
			}
			Integer medical = null;
			if (i % 10 == 0) {
				medical = 1 + (i / 10) % 3;
				skills.add(VolunteerSkill.MEDICAL);
			}
			LocalTime from = (i % 7 == 0) ? LocalTime.of(18, 0) : null;
			LocalTime until = (i % 7 == 0) ? LocalTime.of(8, 0) : null;
			String unit = units.isEmpty() ? "市直机关" : units.get(i % units.size()).name();
			people.add(new NewVolunteer(DemoDataLoader.nameOf(random), unit, birth, skills, medical,
					DemoDataLoader.phoneOf(random), idNumber(birth, 100 + i), from, until, null,
					(i % 3 == 0) ? town.id() : city.id()));
		}
		this.seeding.addVolunteers(people);
		List<Long> townIds = this.seeding.idsUnder(this.jurisdictions.pathOf(town.id()));
		int team = 0;
		List<JurisdictionView> all = this.jurisdictions.all();
		for (JurisdictionView community : all) {
			if (!java.util.Objects.equals(community.parentId(), town.id())) {
				continue;
			}
			if (community.kind() != NodeKind.COMMUNITY || townIds.size() < (team + 1) * 6) {
				continue;
			}
			Set<Long> members = new LinkedHashSet<>(townIds.subList(team * 6, team * 6 + 6));
			long id = this.seeding.addTeam(community.name() + "突击队", TeamKind.ASSAULT_TEAM, members.iterator().next(),
					members, community.id());
			int building = 0;
			for (JurisdictionView node : all) {
				if (java.util.Objects.equals(node.parentId(), community.id()) && node.kind() == NodeKind.BUILDING
						&& !units.isEmpty()) {
					this.seeding.assignUnit(node.id(), units.get((team + building++) % units.size()).id(), id);
				}
			}
			team++;
		}
		List<Long> cityIds = this.seeding.idsUnder(this.jurisdictions.pathOf(city.id()));
		Set<Long> work = new LinkedHashSet<>(cityIds.subList(0, 3));
		this.seeding.addTeam("新一村驻村工作队", TeamKind.VILLAGE_WORK_TEAM, work.iterator().next(), work, city.id());
		Set<Long> screening = new LinkedHashSet<>(townIds.subList(townIds.size() - 5, townIds.size()));
		if (user != null) {
			this.seeding.idOfUser(user).ifPresent(screening::add);
		}
		this.seeding.addTeam("东岗社区排查小组", TeamKind.SCREENING_GROUP, null, screening, town.id());
		log.info("Loaded the demo reserve: {} volunteers, {} teams in {} ms", people.size(), team + 2,
				(System.nanoTime() - started) / 1_000_000);
	}

	/** A valid resident ID number of the demo city for a birth date. */
	static String idNumber(LocalDate birth, int sequence) {
		String body = DemoDataLoader.CITY_CODE + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
				+ String.format("%03d", sequence % 1000);
		return body + ResidentIdNumber.checkCharacter(body);
	}

}
