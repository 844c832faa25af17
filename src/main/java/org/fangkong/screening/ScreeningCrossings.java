package org.fangkong.screening;

import java.util.List;

import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.screening.Screenings.CrossingView;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The checkpoint crossings of a screening (issue #8 item 1), latest first, with the
 * checkpoint's name when the checkpoint module is there to tell it (a module test may run
 * screening without it).
 */
@Component
class ScreeningCrossings {

	private final ScreeningCrossingRepository crossings;

	private final ObjectProvider<Checkpoints> checkpoints;

	ScreeningCrossings(ScreeningCrossingRepository crossings, ObjectProvider<Checkpoints> checkpoints) {
		this.crossings = crossings;
		this.checkpoints = checkpoints;
	}

	/** The crossings of a screening the caller has loaded in scope. */
	List<CrossingView> of(long screeningId) {
		Checkpoints names = this.checkpoints.getIfAvailable();
		return this.crossings.findByScreeningIdOrderByCrossedAtDesc(screeningId)
			.stream()
			.map((crossing) -> crossing.toView((names != null && crossing.getCheckpointId() != null)
					? names.find(crossing.getCheckpointId()).map(CheckpointView::name).orElse(null) : null))
			.toList();
	}

}
