package org.fangkong.roster.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.roster.Demand;
import org.fangkong.shared.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demand of a checkpoint over JSON (issue #11 item 3): its shifts and their seats.
 */
@RestController
@Tag(name = "Rosters", description = "排班 — duty rosters solved with Timefold Solver (R-CP-2)")
class DemandApiController {

	private final Demand demand;

	DemandApiController(Demand demand) {
		this.demand = demand;
	}

	@GetMapping("/api/v1/shift-patterns/{checkpointId}")
	@Operation(summary = "A checkpoint's shifts a day and the seats of each (its own, or the defaults of its kind)")
	List<Demand.Shift> get(@PathVariable long checkpointId) {
		return this.demand.of(CurrentActor.get(), checkpointId);
	}

	@PutMapping("/api/v1/shift-patterns/{checkpointId}")
	@Operation(summary = "Set a checkpoint's shifts [{start, hours, leaders, medics, others, village}]; an empty "
			+ "list restores the defaults (commanders, HQ staff)")
	List<Demand.Shift> set(@PathVariable long checkpointId, @RequestBody List<ShiftJson> shifts) {
		return this.demand.set(CurrentActor.get(), checkpointId, shifts.stream().map(ShiftJson::toShift).toList());
	}

	/** A shift as sent: seat counts left out are 0. */
	record ShiftJson(java.time.LocalTime start, Integer hours, Integer leaders, Integer medics, Integer others,
			Integer village) {

		Demand.Shift toShift() {
			return new Demand.Shift(this.start, zero(this.hours), zero(this.leaders), zero(this.medics),
					zero(this.others), zero(this.village));
		}

		private static int zero(Integer value) {
			return (value != null) ? value : 0;
		}

	}

}
