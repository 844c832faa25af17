package org.fangkong.gis.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.checkpoint.CheckpointKind;
import org.fangkong.gis.Boundaries;
import org.fangkong.gis.GeoJson.FeatureCollection;
import org.fangkong.gis.KeyPersonLayer;
import org.fangkong.gis.MapLayers;
import org.fangkong.screening.KeyPersonPlaces.PlaceFilter;
import org.fangkong.screening.Measure;
import org.fangkong.screening.ScreeningStatus;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.ReadsFromReplica;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map's layers as RFC 7946 GeoJSON (issue #14 item 5), scoped to the caller's
 * jurisdiction, and the import of a node's boundary. The same layers answer the map page
 * under {@code /map/data/…} with the page's session (the API under {@code /api} takes
 * HTTP Basic or a token only).
 */
@RestController
@Tag(name = "Map", description = "地图 — checkpoints, key persons and grids as GeoJSON; boundaries of nodes")
class MapApiController {

	static final String GEO_JSON = "application/geo+json";

	private final MapLayers layers;

	private final KeyPersonLayer keyPersons;

	private final Boundaries boundaries;

	private final MessageSource messages;

	MapApiController(MapLayers layers, KeyPersonLayer keyPersons, Boundaries boundaries, MessageSource messages) {
		this.layers = layers;
		this.keyPersons = keyPersons;
		this.boundaries = boundaries;
		this.messages = messages;
	}

	@ReadsFromReplica
	@GetMapping(path = { "/api/v1/map/checkpoints", "/map/data/checkpoints" },
			produces = { GEO_JSON, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The checkpoints of the caller's jurisdiction with the crossings (in and out) of a day",
			description = "Optional kind (KEY, VILLAGE, SUB) and date (today by default).")
	FeatureCollection checkpoints(@RequestParam(required = false) CheckpointKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.layers.checkpoints(CurrentActor.get(), kind, date);
	}

	@ReadsFromReplica
	@GetMapping(path = { "/api/v1/map/key-persons", "/map/data/key-persons" },
			produces = { GEO_JSON, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The homes of the key persons of the ledger, placed at their own, household or grid point",
			description = "Ledger readers only. Filters as the ledger's: jurisdictionId, originClass, measure, "
					+ "status (UNDER_MEASURE by default, ALL for any), from and to (arrival dates). "
					+ "ID numbers always masked; phones never included.")
	KeyPersonLayer.KeyPersonCollection keyPersons(@RequestParam(required = false) Long jurisdictionId,
			@RequestParam(required = false) OriginClass originClass, @RequestParam(required = false) Measure measure,
			@RequestParam(required = false) String status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.keyPersons.keyPersons(CurrentActor.get(),
				filter(jurisdictionId, originClass, measure, status, from, to));
	}

	@ReadsFromReplica
	@GetMapping(path = { "/api/v1/map/grids", "/map/data/grids" },
			produces = { GEO_JSON, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The grids of the caller's jurisdiction with their boundary and number of key persons",
			description = "The count follows the key-person filters; it is null for a caller who does not read "
					+ "the ledger.")
	FeatureCollection grids(@RequestParam(required = false) Long jurisdictionId,
			@RequestParam(required = false) OriginClass originClass, @RequestParam(required = false) Measure measure,
			@RequestParam(required = false) String status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.layers.grids(CurrentActor.get(), filter(jurisdictionId, originClass, measure, status, from, to));
	}

	@ReadsFromReplica
	@GetMapping(path = { "/api/v1/map/outline", "/map/data/outline" },
			produces = { GEO_JSON, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The outline of the city (and of the caller's township) drawn under the layers")
	FeatureCollection outline() {
		return this.layers.outline(CurrentActor.get());
	}

	@PostMapping(path = "/api/v1/jurisdictions/{id}/boundary",
			consumes = { GEO_JSON, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Imports the boundary of a node (administrators)",
			description = "A GeoJSON Polygon or MultiPolygon, bare, as a Feature or a FeatureCollection of one "
					+ "feature: rings closed, at least 4 positions, [longitude, latitude] in range, else 400 "
					+ "with nothing stored. Kept with a warning when it reaches outside its parent's bounding box.")
	Map<String, Object> importBoundary(@PathVariable long id, @RequestBody(required = false) String geoJson,
			Locale locale) {
		Boundaries.BoundaryImport result = this.boundaries.importBoundary(CurrentActor.get(), id, geoJson);
		List<Map<String, String>> warnings = result.warnings()
			.stream()
			.map((key) -> Map.of("code", key, "message", this.messages.getMessage(key, null, locale)))
			.toList();
		return Map.of("jurisdictionId", result.jurisdictionId(), "bbox", result.bbox(), "warnings", warnings);
	}

	/**
	 * The filters of the key persons; {@code status} UNDER_MEASURE when absent, any with
	 * ALL.
	 */
	static PlaceFilter filter(Long jurisdictionId, OriginClass originClass, Measure measure, String status,
			LocalDate from, LocalDate to) {
		return new PlaceFilter(jurisdictionId, originClass, measure, status(status), from, to);
	}

	static ScreeningStatus status(String status) {
		if (status == null || status.isBlank()) {
			return ScreeningStatus.UNDER_MEASURE;
		}
		if (status.equals("ALL")) {
			return null;
		}
		try {
			return ScreeningStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of("status", "validation.invalid");
		}
	}

}
