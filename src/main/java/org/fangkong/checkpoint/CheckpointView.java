package org.fangkong.checkpoint;

/** A checkpoint as the API and other modules see it. */
public record CheckpointView(long id, String code, String name, CheckpointKind kind, Long parentId, long jurisdictionId,
		Double latitude, Double longitude, boolean active) {

}
