package org.fangkong.checkpoint;

/**
 * What it takes to register a checkpoint. A {@link CheckpointKind#SUB} needs a parent.
 */
public record NewCheckpoint(String code, String name, CheckpointKind kind, Long parentId, long jurisdictionId,
		Double latitude, Double longitude) {

}
