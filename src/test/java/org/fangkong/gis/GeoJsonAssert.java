package org.fangkong.gis;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks an answer against RFC 7946 as far as the map uses it: a FeatureCollection of
 * Features, each with properties and a null, Point, Polygon or MultiPolygon geometry;
 * positions {@code [longitude, latitude]} (in Tieli: longitude about 128, latitude about
 * 47, so a swapped pair fails); polygon rings closed with at least four positions.
 */
final class GeoJsonAssert {

	private GeoJsonAssert() {
	}

	/** The features of a valid collection. */
	static List<Map<String, Object>> features(String json) {
		assertThat((String) JsonPath.read(json, "$.type")).isEqualTo("FeatureCollection");
		List<Map<String, Object>> features = JsonPath.read(json, "$.features");
		for (Map<String, Object> feature : features) {
			assertThat(feature.get("type")).isEqualTo("Feature");
			assertThat(feature.get("properties")).isInstanceOf(Map.class);
			geometry((Map<?, ?>) feature.get("geometry"));
		}
		return features;
	}

	@SuppressWarnings("unchecked")
	static void geometry(Map<?, ?> geometry) {
		if (geometry == null) {
			return;
		}
		Object coordinates = geometry.get("coordinates");
		switch ((String) geometry.get("type")) {
			case "Point" -> position((List<Number>) coordinates);
			case "Polygon" -> polygon((List<List<List<Number>>>) coordinates);
			case "MultiPolygon" -> ((List<List<List<List<Number>>>>) coordinates).forEach(GeoJsonAssert::polygon);
			default -> throw new AssertionError("unexpected geometry " + geometry.get("type"));
		}
	}

	static void polygon(List<List<List<Number>>> rings) {
		assertThat(rings).isNotEmpty();
		for (List<List<Number>> ring : rings) {
			assertThat(ring).hasSizeGreaterThanOrEqualTo(4);
			ring.forEach(GeoJsonAssert::position);
			assertThat(ring.get(ring.size() - 1).stream().map(Number::doubleValue).toList())
				.isEqualTo(ring.get(0).stream().map(Number::doubleValue).toList());
		}
	}

	static void position(List<Number> position) {
		assertThat(position).hasSize(2);
		assertThat(position.get(0).doubleValue()).as("longitude first").isBetween(127.0, 130.0);
		assertThat(position.get(1).doubleValue()).as("latitude second").isBetween(46.0, 48.0);
	}

	/** Twice the signed area of a ring: positive when counter-clockwise. */
	static double signedArea(List<List<Number>> ring) {
		double sum = 0;
		for (int i = 0; i + 1 < ring.size(); i++) {
			sum += ring.get(i).get(0).doubleValue() * ring.get(i + 1).get(1).doubleValue()
					- ring.get(i + 1).get(0).doubleValue() * ring.get(i).get(1).doubleValue();
		}
		return sum;
	}

}
