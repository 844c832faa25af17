package org.fangkong.jurisdiction;

/** One node of the jurisdiction tree, as other modules and the web layer see it. */
public record JurisdictionView(long id, Long parentId, String code, String name, NodeKind kind, int depth,
		Double latitude, Double longitude, String polygon, ResponsiblePerson responsible, boolean demo) {

	public boolean isGrid() {
		return this.kind.isGrid();
	}

}
