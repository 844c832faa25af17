package org.fangkong.gis;

import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Boundaries and person points without an acting user, marked as demo data: the demo
 * module's made-up polygons. Only the modules allowed the {@code seeding} interface may
 * call it.
 */
@Service
@NamedInterface("seeding")
@Transactional
public class GisSeeding {

	private final PlaceStore store;

	GisSeeding(PlaceStore store) {
		this.store = store;
	}

	/** Whether any boundary is stored yet. */
	public boolean hasBoundaries() {
		return this.store.anyBoundary();
	}

	/**
	 * The demo boundary of a node: one closed ring of {@code [longitude, latitude]}
	 * positions, validated like an import.
	 */
	public void demoBoundary(long nodeId, List<double[]> ring) {
		StringBuilder json = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
		for (int i = 0; i < ring.size(); i++) {
			json.append((i > 0) ? "," : "")
				.append('[')
				.append(ring.get(i)[0])
				.append(',')
				.append(ring.get(i)[1])
				.append(']');
		}
		json.append("]]}");
		this.store.saveBoundary(nodeId, BoundaryGeometry.parse(json.toString()), true, "demo");
	}

	/** The demo point of a person. */
	public void demoPersonPoint(long personId, double longitude, double latitude) {
		this.store.savePersonPoint(personId, longitude, latitude, true);
	}

}
