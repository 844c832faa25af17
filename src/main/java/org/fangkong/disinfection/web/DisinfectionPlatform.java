package org.fangkong.disinfection.web;

import java.util.List;
import java.util.Map;

import org.fangkong.disinfection.DisinfectionRoles;
import org.fangkong.disinfection.DisinfectionTasks;
import org.fangkong.shared.Actor;
import org.fangkong.shared.platform.HomeCard;
import org.fangkong.shared.platform.HomeCardContributor;
import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.GRID_WORKER;
import static org.fangkong.shared.Role.HQ_STAFF;
import static org.fangkong.shared.Role.TOWNSHIP_OFFICER;

/**
 * The disinfection pages (issue #16 item 1) for the planners (commanders, HQ staff,
 * township officers) and the teams (grid workers, township officers); the day's tasks on
 * the home page of the teams, and of the planners when some are overdue.
 */
@Component
class DisinfectionPlatform implements RouteContributor, NavigationContributor, HomeCardContributor {

	private final DisinfectionTasks tasks;

	DisinfectionPlatform(DisinfectionTasks tasks) {
		this.tasks = tasks;
	}

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.roles("/disinfection/**", COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.top("disinfection", "nav.disinfection", "/disinfection", 70, COMMANDER, HQ_STAFF,
				TOWNSHIP_OFFICER, GRID_WORKER));
	}

	@Override
	public List<HomeCard> cards(Actor actor) {
		if (!DisinfectionRoles.reads(actor)) {
			return List.of();
		}
		DisinfectionTasks.Progress progress = this.tasks.progress(actor);
		if (!DisinfectionRoles.completes(actor) && progress.overdue() == 0) {
			return List.of();
		}
		return List.of(new HomeCard("disinfection/home-cards :: today", 20,
				Map.of("due", progress.due(), "done", progress.done(), "overdue", progress.overdue())));
	}

}
