package org.fangkong.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.Role;
import org.fangkong.shared.platform.Figure;
import org.fangkong.shared.platform.FigureContributor;
import org.fangkong.shared.platform.FigureLink;
import org.fangkong.shared.platform.FigurePlace;
import org.fangkong.shared.platform.FigureWindow;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counting core of the dashboard and the daily reports (issue #10 items 1 and 5): the
 * figures of a jurisdiction node and everything below it for a time window, each counted
 * by the module that owns the records ({@link FigureContributor}). Every number is what
 * the owning module's rows say for that window and those nodes, so a township's figure is
 * the sum of its grids' and its own node's.
 * <p>
 * Scope (SECURITY.md AC1): a node outside the actor's jurisdiction is not found (404).
 * Only the roles that oversee a jurisdiction read figures ({@link #READERS}); others are
 * refused (403).
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(ReportingSettings.class)
public class Figures {

	/**
	 * Who may read figures: those who oversee a jurisdiction (a grid worker, their grid).
	 */
	public static final Set<Role> READERS = Set.of(Role.COMMANDER, Role.HQ_STAFF, Role.TOWNSHIP_OFFICER,
			Role.GRID_WORKER, Role.ADMIN);

	private final Jurisdictions jurisdictions;

	private final List<FigureContributor> contributors;

	private final ReportingSettings settings;

	private final Clock clock;

	private final GenericPlans plans;

	Figures(Jurisdictions jurisdictions, List<FigureContributor> contributors, ReportingSettings settings, Clock clock,
			GenericPlans plans) {
		this.plans = plans;
		this.jurisdictions = jurisdictions;
		this.contributors = contributors.stream().sorted(Comparator.comparingInt(FigureContributor::order)).toList();
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether the actor may read figures at all (for menus and links). */
	public boolean mayRead(Actor actor) {
		return actor.roles().stream().anyMatch(READERS::contains);
	}

	/**
	 * The figures of {@code jurisdictionId} and every node below it in from {@code from}
	 * (counted) to {@code to} (not counted).
	 * @throws org.fangkong.shared.NotFoundException if the node is outside the actor's
	 * scope
	 * @throws ForbiddenException if the actor's roles read no figures
	 */
	public FigureValues count(Actor actor, long jurisdictionId, Instant from, Instant to) {
		if (!mayRead(actor)) {
			throw new ForbiddenException(actor.username() + " may not read figures");
		}
		this.jurisdictions.get(actor, jurisdictionId);
		return countUnscoped(jurisdictionId, from, to);
	}

	/** The figures of a node for the reporting window of a local date. */
	public FigureValues count(Actor actor, long jurisdictionId, LocalDate date) {
		ReportingWindow window = windowOf(date);
		return count(actor, jurisdictionId, window.from(), window.to());
	}

	/**
	 * The reporting window of a local date, as the city configured it
	 * ({@code fangkong.reporting.window-start}).
	 */
	public ReportingWindow windowOf(LocalDate date) {
		return this.settings.windowOf(date, this.clock.getZone());
	}

	/** The city's local date now. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Figures hour by hour from {@code from} to {@code to} (whole hours), by code, for
	 * the node and everything below it; scoped as
	 * {@link #count(Actor, long, Instant, Instant)}.
	 */
	public Map<String, List<Long>> hourly(Actor actor, long jurisdictionId, Instant from, Instant to) {
		return hourly(new FigureWindow(readableNodes(actor, jurisdictionId), from, to, jurisdictionId));
	}

	/** The busiest places (checkpoints) of the node in the window, most first. */
	public List<FigurePlace> busiest(Actor actor, long jurisdictionId, Instant from, Instant to, int limit) {
		return busiest(new FigureWindow(readableNodes(actor, jurisdictionId), from, to, jurisdictionId), limit);
	}

	/**
	 * The node and every node below it, once the actor may read the node's figures: what
	 * a page that shows several windows of one node resolves once.
	 */
	Set<Long> readableNodes(Actor actor, long jurisdictionId) {
		if (!mayRead(actor)) {
			throw new ForbiddenException(actor.username() + " may not read figures");
		}
		this.jurisdictions.get(actor, jurisdictionId);
		return new HashSet<>(this.jurisdictions.subtreeIds(jurisdictionId));
	}

	Map<String, List<Long>> hourly(FigureWindow window) {
		this.plans.forThisTransaction();
		Map<String, List<Long>> series = new LinkedHashMap<>();
		for (FigureContributor contributor : this.contributors) {
			contributor.hourly(window).forEach((s) -> series.put(s.code(), s.values()));
		}
		return series;
	}

	List<FigurePlace> busiest(FigureWindow window, int limit) {
		this.plans.forThisTransaction();
		return this.contributors.stream()
			.flatMap((c) -> c.busiest(window, limit).stream())
			.sorted(Comparator.comparingLong(FigurePlace::value).reversed())
			.limit(limit)
			.toList();
	}

	/**
	 * The figures of a window whose nodes the caller resolved ({@link #readableNodes}).
	 */
	FigureValues count(long jurisdictionId, FigureWindow window) {
		this.plans.forThisTransaction();
		Map<String, Long> values = new LinkedHashMap<>();
		for (FigureContributor contributor : this.contributors) {
			for (Figure figure : contributor.figures(window)) {
				values.merge(figure.code(), figure.value(), Long::sum);
			}
		}
		return new FigureValues(jurisdictionId, window.from(), window.to(), values);
	}

	/** The lists behind the figures of a node, from every contributor. */
	List<FigureLink> links(long jurisdictionId) {
		return this.contributors.stream().flatMap((c) -> c.links(jurisdictionId).stream()).toList();
	}

	private FigureValues countUnscoped(long jurisdictionId, Instant from, Instant to) {
		return count(jurisdictionId, new FigureWindow(new HashSet<>(this.jurisdictions.subtreeIds(jurisdictionId)),
				from, to, jurisdictionId));
	}

}
