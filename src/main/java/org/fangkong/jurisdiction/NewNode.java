package org.fangkong.jurisdiction;

/**
 * What it takes to add a node to the tree. {@code parentId} is null only for the root.
 */
public record NewNode(Long parentId, String code, String name, NodeKind kind, Double latitude, Double longitude,
		String polygon, ResponsiblePerson responsible, boolean demo) {

}
