package org.fangkong.gis;

import java.util.ArrayList;
import java.util.List;

import org.fangkong.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A boundary as imported (issue #14 item 4): a GeoJSON Polygon or MultiPolygon, bare or
 * in a Feature or a FeatureCollection of one feature. Checked strictly — every ring an
 * array of at least four {@code [longitude, latitude]} positions in range, the last equal
 * to the first — and stored normalised: a MultiPolygon or Polygon with the outer rings
 * counter-clockwise and the holes clockwise (RFC 7946 §3.1.6), without a third
 * coordinate.
 *
 * @param geometry the normalised geometry as JSON text
 * @param bounds its bounding box
 */
record BoundaryGeometry(String geometry, Bounds bounds) {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_POSITIONS = 100_000;

	/**
	 * The geometry of {@code text}, or {@link InvalidInputException} on the field
	 * {@code geometry} naming what is wrong.
	 */
	static BoundaryGeometry parse(String text) {
		JsonNode root;
		try {
			root = JSON.readTree((text != null) ? text : "");
		}
		catch (JacksonException ex) {
			throw invalid("gis.boundary.notJson");
		}
		if (root == null || !root.isObject()) {
			throw invalid("gis.boundary.notJson");
		}
		JsonNode geometry = geometryOf(root);
		String type = geometry.path("type").asString("");
		JsonNode coordinates = geometry.path("coordinates");
		if (!coordinates.isArray() || coordinates.isEmpty()) {
			throw invalid("gis.boundary.type");
		}
		List<JsonNode> polygons = new ArrayList<>();
		if (type.equals("Polygon")) {
			polygons.add(coordinates);
		}
		else if (type.equals("MultiPolygon")) {
			coordinates.forEach(polygons::add);
		}
		else {
			throw invalid("gis.boundary.type");
		}
		Bounds.Builder bounds = new Bounds.Builder();
		ArrayNode normalised = JsonNodeFactory.instance.arrayNode();
		int[] count = { 0 };
		for (JsonNode polygon : polygons) {
			if (!polygon.isArray() || polygon.isEmpty()) {
				throw invalid("gis.boundary.type");
			}
			ArrayNode rings = normalised.addArray();
			for (int r = 0; r < polygon.size(); r++) {
				List<double[]> ring = ring(polygon.get(r), count);
				ring.forEach((p) -> bounds.add(p[0], p[1]));
				// the outer ring counter-clockwise, holes clockwise
				if ((signedArea(ring) < 0) == (r == 0)) {
					java.util.Collections.reverse(ring);
				}
				ArrayNode out = rings.addArray();
				ring.forEach((p) -> out.addArray().add(p[0]).add(p[1]));
			}
		}
		ObjectNode stored = JsonNodeFactory.instance.objectNode();
		stored.put("type", "MultiPolygon");
		stored.set("coordinates", normalised);
		return new BoundaryGeometry(JSON.writeValueAsString(stored), bounds.build());
	}

	private static JsonNode geometryOf(JsonNode root) {
		String type = root.path("type").asString("");
		if (type.equals("FeatureCollection")) {
			JsonNode features = root.path("features");
			if (!features.isArray() || features.size() != 1) {
				throw invalid("gis.boundary.oneFeature");
			}
			return geometryOf(features.get(0));
		}
		if (type.equals("Feature")) {
			JsonNode geometry = root.path("geometry");
			if (!geometry.isObject()) {
				throw invalid("gis.boundary.type");
			}
			return geometry;
		}
		return root;
	}

	private static List<double[]> ring(JsonNode ring, int[] count) {
		if (!ring.isArray() || ring.size() < 4) {
			throw invalid("gis.boundary.ringShort");
		}
		List<double[]> positions = new ArrayList<>(ring.size());
		for (JsonNode position : ring) {
			if (++count[0] > MAX_POSITIONS) {
				throw invalid("gis.boundary.tooLarge", MAX_POSITIONS);
			}
			if (!position.isArray() || position.size() < 2 || position.size() > 3 || !position.get(0).isNumber()
					|| !position.get(1).isNumber()) {
				throw invalid("gis.boundary.position");
			}
			double lon = position.get(0).doubleValue();
			double lat = position.get(1).doubleValue();
			if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
				throw invalid("gis.boundary.range", lon, lat);
			}
			positions.add(new double[] { lon, lat });
		}
		double[] first = positions.get(0);
		double[] last = positions.get(positions.size() - 1);
		if (first[0] != last[0] || first[1] != last[1]) {
			throw invalid("gis.boundary.ringOpen");
		}
		return positions;
	}

	/** Twice the signed area (shoelace): positive when counter-clockwise. */
	private static double signedArea(List<double[]> ring) {
		double sum = 0;
		for (int i = 0; i + 1 < ring.size(); i++) {
			sum += ring.get(i)[0] * ring.get(i + 1)[1] - ring.get(i + 1)[0] * ring.get(i)[1];
		}
		return sum;
	}

	private static InvalidInputException invalid(String key, Object... args) {
		return InvalidInputException.of("geometry", key, args);
	}

	/** A bounding box in degrees. */
	record Bounds(double minLon, double minLat, double maxLon, double maxLat) {

		boolean within(Bounds outer) {
			return this.minLon >= outer.minLon && this.maxLon <= outer.maxLon && this.minLat >= outer.minLat
					&& this.maxLat <= outer.maxLat;
		}

		static final class Builder {

			private double minLon = Double.MAX_VALUE;

			private double minLat = Double.MAX_VALUE;

			private double maxLon = -Double.MAX_VALUE;

			private double maxLat = -Double.MAX_VALUE;

			void add(double lon, double lat) {
				this.minLon = Math.min(this.minLon, lon);
				this.maxLon = Math.max(this.maxLon, lon);
				this.minLat = Math.min(this.minLat, lat);
				this.maxLat = Math.max(this.maxLat, lat);
			}

			Bounds build() {
				return new Bounds(this.minLon, this.minLat, this.maxLon, this.maxLat);
			}

		}

	}

}
