package org.fangkong.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.DailyChecks;
import org.fangkong.screening.Ledger;
import org.fangkong.screening.NewScreening;
import org.fangkong.screening.Screenings;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.ResidentIdNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Screenings and daily checks for every grid of the demo's grid workers and a few more
 * grids of 铁力镇 (issue #8 item 10), so that a trial of any role opens on work: a grid
 * worker's follow-ups, a township's roll-up per grid, people due for release, a fever
 * referral for the medic. Reported through the screening module's ordinary API, each as
 * the user who would report it, so the rules apply as to real data. Runs once, when no
 * screening is in the city's ledger yet; off with {@code fangkong.demo.screenings=false}
 * (the test profile: tests make their own).
 */
@Component
@Profile("demo")
@Order(20)
class DemoScreenings implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoScreenings.class);

	private static final String[] ORIGINS = { "WUHAN", "HUBEI", "OTHER_PROVINCE", "IN_PROVINCE" };

	private static final String[] PLACES = { "武汉市", "孝感市", "北京市", "哈尔滨市" };

	private final Accounts accounts;

	private final Jurisdictions jurisdictions;

	private final Screenings screenings;

	private final DailyChecks checks;

	private final Ledger ledger;

	private final Clock clock;

	private final boolean enabled;

	DemoScreenings(Accounts accounts, Jurisdictions jurisdictions, Screenings screenings, DailyChecks checks,
			Ledger ledger, Clock clock, @Value("${fangkong.demo.screenings:true}") boolean enabled) {
		this.accounts = accounts;
		this.jurisdictions = jurisdictions;
		this.screenings = screenings;
		this.checks = checks;
		this.ledger = ledger;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		Actor township = actor("township");
		Actor commander = actor("commander");
		if (commander == null || township == null
				|| !this.ledger.page(commander, Ledger.LedgerFilter.all()).content().isEmpty()) {
			return;
		}
		Random random = new Random(20200125);
		int count = 0;
		for (String username : List.of("grid", "grid2")) {
			Actor grid = actor(username);
			if (grid != null) {
				count += report(grid, grid.jurisdictionId(), 6, random);
			}
		}
		// a few more grids of the township, for its roll-up per grid
		List<JurisdictionView> more = this.jurisdictions.children(township, township.jurisdictionId())
			.stream()
			.filter(JurisdictionView::isGrid)
			.limit(4)
			.toList();
		for (JurisdictionView grid : more) {
			count += report(township, grid.id(), 2, random);
		}
		log.info("Loaded {} demo screenings", count);
	}

	/**
	 * {@code n} people in a grid: the first two arrived long enough ago to be due for
	 * release, the rest are under observation; about half were checked this morning, one
	 * with a fever.
	 */
	private int report(Actor actor, long gridId, int n, Random random) {
		LocalDate today = LocalDate.now(this.clock);
		int made = 0;
		for (int i = 0; i < n; i++) {
			int origin = random.nextInt(ORIGINS.length);
			LocalDate arrival = today.minusDays((i < 2) ? 15 + i : 1 + random.nextInt(10));
			try {
				Screenings.ScreeningView screening = this.screenings.create(actor,
						new NewScreening(DemoDataLoader.nameOf(random), null, "RESIDENT_ID", idNumber(random),
								DemoDataLoader.phoneOf(random), null, null, gridId, "HANDED_DOWN", ORIGINS[origin],
								PLACES[origin], arrival.minusDays(1), arrival, "TRAIN", null, null, null, null, null,
								"HOME_OBSERVATION", arrival, "演示数据"));
				made++;
				if (i % 2 == 1) {
					BigDecimal temperature = (i == 3 && gridId == actor.jurisdictionId()) ? new BigDecimal("37.8")
							: new BigDecimal("36." + random.nextInt(8));
					this.checks.recordCheck(actor, screening.id(),
							new Screenings.CheckInput(Instant.now(this.clock), temperature, null, true, false));
				}
			}
			catch (InvalidInputException ex) {
				log.warn("Demo screening refused: {}", ex.violations());
			}
		}
		return made;
	}

	private Actor actor(String username) {
		return this.accounts.findByUsername(username)
			.map((u) -> new Actor(u.id(), u.username(), u.displayName(), Set.copyOf(u.roles()), u.jurisdictionId(),
					u.workingGroupId()))
			.orElse(null);
	}

	static String idNumber(Random random) {
		String first17 = "230781" + (1950 + random.nextInt(50))
				+ String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
				+ String.format("%03d", random.nextInt(1000));
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

}
