package org.fangkong.support;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;

/** Looks up nodes and checkpoints of the Tieli demo data by name. */
public record DemoTree(Jurisdictions jurisdictions, Checkpoints checkpoints) {

	public long node(String name) {
		return this.jurisdictions.all()
			.stream()
			.filter((node) -> node.name().equals(name))
			.findFirst()
			.map(JurisdictionView::id)
			.orElseThrow(() -> new IllegalArgumentException("no demo node " + name));
	}

	public long checkpoint(String name) {
		return this.checkpoints.all()
			.stream()
			.filter((checkpoint) -> checkpoint.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no demo checkpoint " + name))
			.id();
	}

	/** The first household of a grid, by code: the grid's code + G1H1. */
	public long firstHousehold(String gridName) {
		String gridCode = this.jurisdictions.find(node(gridName)).orElseThrow().code();
		return this.jurisdictions.findByCode(gridCode + "G1H1").orElseThrow().id();
	}

}
