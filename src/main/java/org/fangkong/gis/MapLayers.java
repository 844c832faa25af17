package org.fangkong.gis;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangkong.checkpoint.CheckpointKind;
import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.checkpoint.RegistrationQueries;
import org.fangkong.gis.GeoJson.Feature;
import org.fangkong.gis.GeoJson.FeatureCollection;
import org.fangkong.gis.GeoJson.Point;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.KeyPersonPlaces;
import org.fangkong.screening.KeyPersonPlaces.PlaceFilter;
import org.fangkong.shared.Actor;
import org.fangkong.shared.platform.FigureContributor;
import org.fangkong.shared.platform.FigurePlace;
import org.fangkong.shared.platform.FigureWindow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map's layers as GeoJSON (issue #14 items 1 and 5), each scoped to the actor's
 * jurisdiction (what lies outside it is absent): the checkpoints with the crossings of a
 * day, the grids with their boundary (else their point) and how many key persons they
 * hold, the outline of the city. The key persons are {@link KeyPersonLayer}'s.
 */
@Service
@Transactional(readOnly = true)
public class MapLayers {

	private final Checkpoints checkpoints;

	private final RegistrationQueries registrations;

	private final Jurisdictions jurisdictions;

	private final KeyPersonPlaces keyPersons;

	private final List<FigureContributor> figures;

	private final PlaceStore store;

	private final Clock clock;

	MapLayers(Checkpoints checkpoints, RegistrationQueries registrations, Jurisdictions jurisdictions,
			KeyPersonPlaces keyPersons, List<FigureContributor> figures, PlaceStore store, Clock clock) {
		this.checkpoints = checkpoints;
		this.registrations = registrations;
		this.jurisdictions = jurisdictions;
		this.keyPersons = keyPersons;
		this.figures = figures;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * The checkpoints the actor may see, optionally of one kind, each with its crossings
	 * (in and out) of {@code date} (today when null) and a link to its day when the actor
	 * may read it.
	 */
	public FeatureCollection checkpoints(Actor actor, CheckpointKind kind, LocalDate date) {
		MapAccess.requireViewer(actor);
		List<CheckpointView> visible = this.checkpoints.visibleTo(actor, kind);
		Map<Long, Long> crossings = crossings(actor, (date != null) ? date : LocalDate.now(this.clock));
		Set<Long> readable = this.registrations.dayReadable(actor, visible);
		List<Feature> features = new ArrayList<>(visible.size());
		for (CheckpointView checkpoint : visible) {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("id", checkpoint.id());
			properties.put("code", checkpoint.code());
			properties.put("name", checkpoint.name());
			properties.put("kind", checkpoint.kind().name());
			properties.put("active", checkpoint.active());
			properties.put("crossings", crossings.getOrDefault(checkpoint.id(), 0L));
			properties.put("link",
					readable.contains(checkpoint.id()) ? "/checkpoints/" + checkpoint.id() + "/today" : null);
			features.add(Feature.of(checkpoint.id(), Point.ofNullable(checkpoint.longitude(), checkpoint.latitude()),
					properties));
		}
		return FeatureCollection.of(features, Map.of("date", (date != null) ? date : LocalDate.now(this.clock)));
	}

	/**
	 * The grids (villages, communities) inside the actor's scope: their boundary, else
	 * their point, else no geometry; with the number of key persons matching
	 * {@code filter} when the actor reads the ledger (null otherwise).
	 */
	public FeatureCollection grids(Actor actor, PlaceFilter filter) {
		MapAccess.requireViewer(actor);
		List<JurisdictionView> grids = this.jurisdictions.visibleNodes(actor)
			.stream()
			.filter(JurisdictionView::isGrid)
			.toList();
		Map<Long, String> boundaries = this.store.boundaries(grids.stream().map(JurisdictionView::id).toList());
		boolean counted = this.keyPersons.mayRead(actor);
		Map<Long, Long> counts = counted ? this.keyPersons.countByGrid(actor, filter) : Map.of();
		List<Feature> features = new ArrayList<>(grids.size());
		for (JurisdictionView grid : grids) {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("id", grid.id());
			properties.put("code", grid.code());
			properties.put("name", grid.name());
			properties.put("kind", grid.kind().name());
			properties.put("keyPersons", counted ? counts.getOrDefault(grid.id(), 0L) : null);
			properties.put("hasBoundary", boundaries.containsKey(grid.id()));
			properties.put("demo", grid.demo());
			properties.put("link", "/jurisdictions/" + grid.id());
			String boundary = boundaries.get(grid.id());
			Object geometry = (boundary != null) ? BoundaryGeometry.JSON.readTree(boundary)
					: Point.ofNullable(grid.longitude(), grid.latitude());
			features.add(Feature.of(grid.id(), geometry, properties));
		}
		return FeatureCollection.of(features, Map.of("counted", counted));
	}

	/**
	 * The outline drawn under the layers when there is no base map: the boundary of the
	 * city (the root of the tree: a city's outline is no secret) and of the actor's own
	 * node when it is not a grid (a township's). For every signed-in user: the pin maps
	 * of the forms that take an address draw it too.
	 */
	public FeatureCollection outline(Actor actor) {
		List<JurisdictionView> path = this.jurisdictions.breadcrumbsUnscoped(actor.jurisdictionId());
		List<JurisdictionView> shown = new ArrayList<>();
		shown.add(path.get(0));
		JurisdictionView own = path.get(path.size() - 1);
		if (own.id() != path.get(0).id() && !own.isGrid()) {
			shown.add(own);
		}
		Map<Long, String> boundaries = this.store.boundaries(shown.stream().map(JurisdictionView::id).toList());
		List<Feature> features = new ArrayList<>();
		for (JurisdictionView node : shown) {
			String boundary = boundaries.get(node.id());
			if (boundary != null) {
				Map<String, Object> properties = new LinkedHashMap<>();
				properties.put("id", node.id());
				properties.put("name", node.name());
				properties.put("kind", node.kind().name());
				features.add(Feature.of(node.id(), BoundaryGeometry.JSON.readTree(boundary), properties));
			}
		}
		JurisdictionView root = path.get(0);
		Map<String, Object> meta = new HashMap<>();
		meta.put("center", Point.ofNullable(root.longitude(), root.latitude()));
		return FeatureCollection.of(features, meta);
	}

	/** Crossings per checkpoint of a local day inside the actor's scope. */
	private Map<Long, Long> crossings(Actor actor, LocalDate date) {
		ZoneId zone = this.clock.getZone();
		Instant from = date.atStartOfDay(zone).toInstant();
		Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
		Instant now = Instant.now(this.clock);
		if (now.isBefore(to)) {
			to = now.isAfter(from) ? now.plusMillis(1) : from.plusMillis(1);
		}
		FigureWindow window = new FigureWindow(new HashSet<>(this.jurisdictions.scopeIds(actor)), from, to);
		Map<Long, Long> byCheckpoint = new HashMap<>();
		for (FigureContributor contributor : this.figures) {
			for (FigurePlace place : contributor.busiest(window, Integer.MAX_VALUE)) {
				if (place.kind().equals("checkpoint")) {
					byCheckpoint.merge(place.id(), place.value(), Long::sum);
				}
			}
		}
		return byCheckpoint;
	}

}
