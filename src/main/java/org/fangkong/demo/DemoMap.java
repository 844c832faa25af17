package org.fangkong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.fangkong.gis.GisSeeding;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.screening.NewScreening;
import org.fangkong.screening.Screenings;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The map's demo data (issue #14 item 4), once, when no boundary is stored yet: made-up
 * boundaries for the demo grids — the Voronoi cells of their points, cut to a few
 * kilometres — and for the city (the hull of the cells), all marked as demo data; and,
 * unless {@code fangkong.demo.screenings=false} (the test profile), a few hundred key
 * persons spread over every grid, reported by the commander through the screening API,
 * most at a household, some at the grid only, one in five with a point of their own, so
 * that the map shows each way of placing a person.
 */
@Component
@Profile("demo")
@Order(30)
class DemoMap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMap.class);

	/** The furthest a made-up boundary reaches from its grid's point, in metres. */
	private static final double REACH = 4500;

	private static final String[] MEASURES = { "HOME_OBSERVATION", "HOME_OBSERVATION", "HOME_OBSERVATION",
			"HOME_MONITORING", "HOME_MONITORING", "CENTRALISED_ISOLATION", "CENTRALISED_ISOLATION",
			"MEDICAL_OBSERVATION" };

	private static final String[] ORIGINS = { "WUHAN", "HUBEI", "OTHER_PROVINCE", "IN_PROVINCE", "ABROAD" };

	private static final String[] PLACES = { "武汉市", "孝感市", "北京市", "哈尔滨市", "莫斯科" };

	private final Jurisdictions jurisdictions;

	private final GisSeeding gis;

	private final Screenings screenings;

	private final Accounts accounts;

	private final Clock clock;

	private final boolean persons;

	DemoMap(Jurisdictions jurisdictions, GisSeeding gis, Screenings screenings, Accounts accounts, Clock clock,
			@Value("${fangkong.demo.screenings:true}") boolean persons) {
		this.jurisdictions = jurisdictions;
		this.gis = gis;
		this.screenings = screenings;
		this.accounts = accounts;
		this.clock = clock;
		this.persons = persons;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.gis.hasBoundaries() || this.jurisdictions.findByCode(DemoDataLoader.CITY_CODE).isEmpty()) {
			return;
		}
		List<JurisdictionView> all = this.jurisdictions.all();
		List<JurisdictionView> grids = all.stream()
			.filter((n) -> n.isGrid() && n.demo() && n.latitude() != null && n.longitude() != null)
			.toList();
		if (grids.isEmpty()) {
			return;
		}
		JurisdictionView city = this.jurisdictions.findByCode(DemoDataLoader.CITY_CODE).orElseThrow();
		DemoPolygons polygons = new DemoPolygons(grids, REACH);
		List<double[]> corners = new ArrayList<>();
		for (JurisdictionView grid : grids) {
			List<double[]> cell = polygons.cellOf(grid);
			this.gis.demoBoundary(grid.id(), cell);
			corners.addAll(cell);
		}
		this.gis.demoBoundary(city.id(), DemoPolygons.hull(corners));
		log.info("Loaded demo boundaries for {} grids and the city", grids.size());
		if (this.persons) {
			keyPersons(all, grids);
		}
	}

	private void keyPersons(List<JurisdictionView> all, List<JurisdictionView> grids) {
		Actor commander = this.accounts.findByUsername("commander")
			.map((u) -> new Actor(u.id(), u.username(), u.displayName(), Set.copyOf(u.roles()), u.jurisdictionId(),
					u.workingGroupId()))
			.orElse(null);
		if (commander == null) {
			return;
		}
		Map<Long, List<JurisdictionView>> children = new HashMap<>();
		all.stream()
			.filter((n) -> n.parentId() != null)
			.forEach((n) -> children.computeIfAbsent(n.parentId(), (k) -> new ArrayList<>()).add(n));
		Random random = new Random(20200126);
		LocalDate today = LocalDate.now(this.clock);
		int made = 0;
		for (JurisdictionView grid : grids) {
			List<JurisdictionView> households = children.getOrDefault(grid.id(), List.of())
				.stream()
				.flatMap((group) -> children.getOrDefault(group.id(), List.of()).stream())
				.filter((n) -> n.kind() == NodeKind.HOUSEHOLD)
				.toList();
			int n = ((grid.kind() == NodeKind.COMMUNITY) ? 5 : 2) + random.nextInt(5);
			for (int i = 0; i < n; i++) {
				JurisdictionView household = (!households.isEmpty() && random.nextInt(10) < 7)
						? households.get(random.nextInt(households.size())) : null;
				int origin = random.nextInt(ORIGINS.length);
				LocalDate arrival = today.minusDays(1 + random.nextInt(12));
				try {
					Screenings.ScreeningView screening = this.screenings.create(commander,
							new NewScreening(DemoDataLoader.nameOf(random), null, "RESIDENT_ID",
									DemoScreenings.idNumber(random), DemoDataLoader.phoneOf(random), null, null,
									(household != null) ? household.id() : grid.id(), "HANDED_DOWN", ORIGINS[origin],
									PLACES[origin], arrival.minusDays(1), arrival, "TRAIN", null, null, null, null,
									null, MEASURES[random.nextInt(MEASURES.length)], arrival, "演示数据"));
					made++;
					if (random.nextInt(5) == 0) {
						JurisdictionView near = (household != null) ? household : grid;
						this.gis.demoPersonPoint(screening.personId(),
								near.longitude() + (random.nextDouble() - 0.5) * 0.003,
								near.latitude() + (random.nextDouble() - 0.5) * 0.002);
					}
				}
				catch (InvalidInputException ex) {
					log.warn("Demo key person refused: {}", ex.violations());
				}
			}
		}
		log.info("Loaded {} demo key persons for the map", made);
	}

}
