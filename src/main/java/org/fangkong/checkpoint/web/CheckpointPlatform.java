package org.fangkong.checkpoint.web;

import java.util.List;
import java.util.Map;

import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.checkpoint.CrewDuty;
import org.fangkong.shared.Actor;
import org.fangkong.shared.platform.HomeCard;
import org.fangkong.shared.platform.HomeCardContributor;

import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

import static org.fangkong.shared.Role.*;

/** The checkpoint pages (R-CP-1 … R-CP-5) and the public QR self-registration form. */
@Component
class CheckpointPlatform implements RouteContributor, NavigationContributor, HomeCardContributor {

	private final Checkpoints checkpoints;

	private final CrewDuty duty;

	CheckpointPlatform(Checkpoints checkpoints, CrewDuty duty) {
		this.checkpoints = checkpoints;
		this.duty = duty;
	}

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.open("/q/**"), RouteRule.roles("/checkpoints/**", COMMANDER, HQ_STAFF,
				TOWNSHIP_OFFICER, GRID_WORKER, CHECKPOINT_CREW, ADMIN));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.top("checkpoints", "nav.checkpoints", "/checkpoints", 30, COMMANDER, HQ_STAFF,
				TOWNSHIP_OFFICER, GRID_WORKER, CHECKPOINT_CREW, ADMIN));
	}

	/** A crew member's checkpoints on duty now, each with a large register button. */
	@Override
	public List<HomeCard> cards(Actor actor) {
		List<CheckpointView> served = this.duty.servedBy(actor)
			.stream()
			.map(this.checkpoints::find)
			.flatMap(java.util.Optional::stream)
			.toList();
		return served.isEmpty() ? List.of()
				: List.of(new HomeCard("checkpoint/home-cards :: myCheckpoints", 5, Map.of("checkpoints", served)));
	}

}
