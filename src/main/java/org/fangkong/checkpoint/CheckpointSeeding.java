package org.fangkong.checkpoint;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds checkpoints without an acting user, for a city's initial data (the Tieli demo data
 * set). Pages and the API add checkpoints through {@link Checkpoints#create}, which
 * checks who asks and every field. Only the modules allowed the {@code seeding} interface
 * may call it.
 */
@Service
@NamedInterface("seeding")
@Transactional
public class CheckpointSeeding {

	private final CheckpointRepository checkpoints;

	CheckpointSeeding(CheckpointRepository checkpoints) {
		this.checkpoints = checkpoints;
	}

	public CheckpointView register(NewCheckpoint checkpoint) {
		return Checkpoints.register(this.checkpoints, checkpoint);
	}

}
