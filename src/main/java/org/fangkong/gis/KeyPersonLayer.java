package org.fangkong.gis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangkong.gis.GeoJson.Feature;
import org.fangkong.gis.GeoJson.FeatureCollection;
import org.fangkong.gis.GeoJson.Point;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.KeyPersonPlaces;
import org.fangkong.screening.KeyPersonPlaces.KeyPersonPlace;
import org.fangkong.screening.KeyPersonPlaces.PlaceFilter;
import org.fangkong.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The homes of key persons (issue #14 item 1): the screenings of the ledger that match
 * the filter, inside the actor's scope, each placed at the person's own point, else their
 * household's, else their grid's — and {@code placedBy} says which ({@code PERSON},
 * {@code HOUSEHOLD}, {@code GRID}; {@code NONE} without geometry). Only what the ledger
 * shows every reader, the ID number masked; a role that does not read the ledger is
 * refused (403).
 */
@Service
@Transactional(readOnly = true)
public class KeyPersonLayer {

	private final KeyPersonPlaces places;

	private final Jurisdictions jurisdictions;

	private final PlaceStore store;

	private final MapSettings settings;

	KeyPersonLayer(KeyPersonPlaces places, Jurisdictions jurisdictions, PlaceStore store, MapSettings settings) {
		this.places = places;
		this.jurisdictions = jurisdictions;
		this.store = store;
		this.settings = settings;
	}

	public FeatureCollection keyPersons(Actor actor, PlaceFilter filter) {
		KeyPersonPlaces.Places found = this.places.find(actor, filter, this.settings.maxKeyPersons());
		List<KeyPersonPlace> rows = found.places();
		Set<Long> nodeIds = new HashSet<>();
		List<Long> personIds = new ArrayList<>(rows.size());
		for (KeyPersonPlace row : rows) {
			nodeIds.add(row.gridId());
			if (row.householdId() != null) {
				nodeIds.add(row.householdId());
			}
			personIds.add(row.personId());
		}
		Map<Long, JurisdictionView> nodes = this.jurisdictions.findAll(nodeIds);
		Map<Long, double[]> own = this.store.personPoints(personIds);
		Map<String, Integer> placed = new LinkedHashMap<>();
		List<Feature> features = new ArrayList<>(rows.size());
		for (KeyPersonPlace row : rows) {
			JurisdictionView grid = nodes.get(row.gridId());
			JurisdictionView household = (row.householdId() != null) ? nodes.get(row.householdId()) : null;
			Point point;
			String placedBy;
			double[] ownPoint = own.get(row.personId());
			if (ownPoint != null) {
				point = Point.of(ownPoint[0], ownPoint[1]);
				placedBy = "PERSON";
			}
			else if (household != null && household.latitude() != null && household.longitude() != null) {
				point = Point.of(household.longitude(), household.latitude());
				placedBy = "HOUSEHOLD";
			}
			else if (grid != null && grid.latitude() != null && grid.longitude() != null) {
				point = Point.of(grid.longitude(), grid.latitude());
				placedBy = "GRID";
			}
			else {
				point = null;
				placedBy = "NONE";
			}
			placed.merge(placedBy, 1, Integer::sum);
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("screeningId", row.screeningId());
			properties.put("name", row.name());
			properties.put("idNumber", row.idNumberMasked());
			properties.put("measure", row.measure().name());
			properties.put("status", row.status().name());
			properties.put("originClass", row.originClass().name());
			properties.put("arrivalDate", row.arrivalDate());
			properties.put("measureEnd", row.measureEnd());
			properties.put("gridId", row.gridId());
			properties.put("gridName", (grid != null) ? grid.name() : null);
			properties.put("placedBy", placedBy);
			properties.put("link", "/screening/" + row.screeningId());
			features.add(Feature.of(row.screeningId(), point, properties));
		}
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("truncated", found.truncated());
		meta.put("limit", this.settings.maxKeyPersons());
		meta.put("placedBy", placed);
		return FeatureCollection.of(features, meta);
	}

}
