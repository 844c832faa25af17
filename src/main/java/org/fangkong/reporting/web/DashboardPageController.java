package org.fangkong.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangkong.reporting.Dashboard;
import org.fangkong.reporting.DashboardPage;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.ReadsFromReplica;
import org.fangkong.shared.Role;
import org.fangkong.shared.platform.NavigationContributor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The command dashboard's pages (指挥部大屏, issue #10 item 2): the dashboard with its charts,
 * the full-screen wall mode, and the figures fragment the wall polls. All three call
 * {@link Dashboard#page}, as the JSON does.
 */
@Controller
class DashboardPageController {

	private final Dashboard dashboard;

	private final List<NavigationContributor> navigation;

	private final int refreshSeconds;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

	private final Clock clock;

	private final MessageSource messages;

	DashboardPageController(Dashboard dashboard, List<NavigationContributor> navigation,
			@Value("${fangkong.reporting.wall-refresh-seconds:30}") int refreshSeconds, Clock clock,
			MessageSource messages) {
		this.messages = messages;
		this.dashboard = dashboard;
		this.navigation = navigation;
		this.refreshSeconds = refreshSeconds;
		this.clock = clock;
	}

	@ReadsFromReplica
	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Long jurisdictionId, Model model) {
		fill(model, date, jurisdictionId, false);
		return "reporting/dashboard";
	}

	@ReadsFromReplica
	@GetMapping("/dashboard/wall")
	String wall(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Long jurisdictionId, Model model) {
		fill(model, date, jurisdictionId, true);
		return "reporting/wall";
	}

	/** The figures and charts alone: what the wall's polling swaps in. */
	@ReadsFromReplica
	@GetMapping("/dashboard/figures")
	String figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Long jurisdictionId, @RequestParam(required = false) boolean wall,
			Model model) {
		fill(model, date, jurisdictionId, wall);
		return "reporting/figures :: figures";
	}

	private void fill(Model model, LocalDate date, Long jurisdictionId, boolean wall) {
		Actor actor = CurrentActor.get();
		DashboardPage page = this.dashboard.page(actor, date, jurisdictionId);
		model.addAttribute("page", page);
		model.addAttribute("f", page.figures());
		model.addAttribute("wall", wall);
		model.addAttribute("windowFrom", LocalDateTime.ofInstant(page.values().from(), this.clock.getZone()));
		model.addAttribute("windowTo", LocalDateTime.ofInstant(page.values().to(), this.clock.getZone()));
		model.addAttribute("updatedAt", LocalTime.now(this.clock).withNano(0).toString());
		model.addAttribute("refreshSeconds", this.refreshSeconds);
		model.addAttribute("origins", OriginClass.values());
		model.addAttribute("measures", Dashboard.MEASURES);
		model.addAttribute("links", links(actor, page));
		model.addAttribute("chart", charts(page));
		model.addAttribute("pinned", date != null);
		UriComponentsBuilder poll = UriComponentsBuilder.fromPath("/dashboard/figures")
			.queryParam("jurisdictionId", page.node().id())
			.queryParam("wall", wall);
		if (date != null) {
			poll.queryParam("date", date);
		}
		model.addAttribute("pollUrl", poll.build().toUriString());
	}

	/**
	 * The charts' data as the data-* attributes of {@code dashboard.js} carry it: labels
	 * and names comma separated, series separated by semicolons.
	 */
	private Map<String, String> charts(DashboardPage page) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> chart = new LinkedHashMap<>();
		chart.put("hourLabels", String.join(",", page.hours()));
		chart.put("hourSeries", series(page.hourly(), List.of("crossingsIn", "crossingsOut")));
		chart.put("hourNames", names(List.of("figure.crossingsIn", "figure.crossingsOut"), locale));
		chart.put("measureLabels",
				names(Dashboard.MEASURES.stream().map((m) -> "figure.underMeasure." + m).toList(), locale));
		chart.put("measureSeries",
				Dashboard.MEASURES.stream()
					.map((m) -> String.valueOf(page.figures().underMeasure().get(m)))
					.collect(Collectors.joining(",")));
		chart.put("dayLabels", page.days().stream().map((d) -> DAY.format(d)).collect(Collectors.joining(",")));
		List<String> trend = List.of("crossingsIn", "crossingsOut", "arrivals", "fevers", "turnedBack");
		chart.put("daySeries", series(page.daily(), trend));
		chart.put("dayNames", names(trend.stream().map((c) -> "figure." + c).toList(), locale));
		List<OriginClass> origins = List.of(OriginClass.values());
		chart.put("originLabels", names(origins.stream().map((o) -> "originClass." + o.name()).toList(), locale));
		chart.put("originNames", names(List.of("dashboard.new", "dashboard.cumulative"), locale));
		chart.put("originSeries",
				origins.stream()
					.map((o) -> String.valueOf(page.values().get("arrivals." + o.name())))
					.collect(Collectors.joining(","))
						+ ";"
						+ origins.stream()
							.map((o) -> String.valueOf(page.values().get("arrivalsCumulative." + o.name())))
							.collect(Collectors.joining(",")));
		return chart;
	}

	private static String series(Map<String, List<Long>> values, List<String> codes) {
		return codes.stream()
			.map((code) -> values.getOrDefault(code, List.of())
				.stream()
				.map(String::valueOf)
				.collect(Collectors.joining(",")))
			.collect(Collectors.joining(";"));
	}

	private String names(List<String> keys, Locale locale) {
		return keys.stream()
			.map((key) -> this.messages.getMessage(key, null, key, locale).replace(",", " "))
			.collect(Collectors.joining(","));
	}

	/**
	 * The list behind each number, for the numbers whose list this user may open (the
	 * menu entries of their roles): no link leads to a 403.
	 */
	private Map<String, String> links(Actor actor, DashboardPage page) {
		Set<String> open = this.navigation.stream()
			.flatMap((c) -> c.navigation().stream())
			.filter((e) -> e.visibleTo(actor.roles()))
			.map((e) -> e.id())
			.collect(Collectors.toSet());
		long node = page.node().id();
		Map<String, String> links = new LinkedHashMap<>();
		if (open.contains("checkpoints")) {
			for (String code : List.of("crossingsIn", "crossingsOut", "fevers", "turnedBack")) {
				links.put(code, "/checkpoints");
			}
			// A checkpoint's day list is for those who supervise the checkpoints of their
			// jurisdiction (the checkpoint module's rule,
			// RegistrationQueries.mayReadDay); the
			// busiest checkpoints lie inside the user's scope. Administrators see the
			// list only.
			if (actor.hasAny(Role.COMMANDER, Role.HQ_STAFF, Role.TOWNSHIP_OFFICER, Role.GRID_WORKER)) {
				links.put("checkpoint", "/checkpoints/{id}/today?date=" + page.figures().date());
			}
		}
		if (open.contains("screening")) {
			for (OriginClass origin : OriginClass.values()) {
				links.put("arrivals." + origin.name(), "/screening?gridId=" + node + "&originClass=" + origin.name());
			}
			links.put("arrivals", "/screening?gridId=" + node);
			for (String measure : Dashboard.MEASURES) {
				links.put("underMeasure." + measure,
						"/screening?gridId=" + node + "&measure=" + measure + "&status=UNDER_MEASURE");
			}
			links.put("underMeasure", "/screening?gridId=" + node + "&status=UNDER_MEASURE");
			links.put("released", "/screening?gridId=" + node + "&status=RELEASED");
			links.put("overdueChecks", "/");
		}
		if (open.contains("medical")) {
			links.put("openReferrals", "/medical/referrals");
		}
		// The later modules name the lists behind their own figures.
		page.moreLinks()
			.stream()
			.filter((link) -> open.contains(link.navigationId()))
			.forEach((link) -> links.putIfAbsent(link.code(), link.path()));
		return links;
	}

}
