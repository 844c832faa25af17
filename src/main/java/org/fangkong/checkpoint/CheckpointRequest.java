package org.fangkong.checkpoint;

/**
 * A checkpoint as an administrator enters it; the kind as text, checked like every other
 * field.
 */
public record CheckpointRequest(String code, String name, String kind, Long parentId, Long jurisdictionId,
		Double latitude, Double longitude) {

}
