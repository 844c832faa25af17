package org.fangkong.gis;

import java.util.List;
import java.util.Map;

/**
 * The GeoJSON types the map answers (RFC 7946): positions are {@code [longitude,
 * latitude]}, polygon rings closed. Serialised as they are by Jackson.
 */
public final class GeoJson {

	private GeoJson() {
	}

	/**
	 * A feature collection; {@code meta} is a foreign member (RFC 7946 §6.1) with what
	 * the map says about the answer (truncated, how persons were placed).
	 */
	public record FeatureCollection(String type, List<Feature> features, Map<String, Object> meta) {

		public static FeatureCollection of(List<Feature> features, Map<String, Object> meta) {
			return new FeatureCollection("FeatureCollection", features, meta);
		}

	}

	/** A feature; {@code geometry} null when the thing has no place (RFC 7946 §3.2). */
	public record Feature(String type, Object id, Object geometry, Map<String, Object> properties) {

		public static Feature of(Object id, Object geometry, Map<String, Object> properties) {
			return new Feature("Feature", id, geometry, properties);
		}

	}

	/** A point geometry. */
	public record Point(String type, double[] coordinates) {

		public static Point of(double longitude, double latitude) {
			return new Point("Point", new double[] { longitude, latitude });
		}

		/** A point, or null when either coordinate is missing. */
		public static Point ofNullable(Double longitude, Double latitude) {
			return (longitude != null && latitude != null) ? of(longitude, latitude) : null;
		}

	}

}
