package org.fangkong.gis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.KeyPersonPlaces;
import org.fangkong.screening.KeyPersonPlaces.KeyPersonPlace;
import org.fangkong.screening.KeyPersonPlaces.PlaceFilter;
import org.fangkong.shared.Actor;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;

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

	public KeyPersonCollection keyPersons(Actor actor, PlaceFilter filter) {
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
		double[] points = new double[rows.size() * 2];
		String[] placedBy = new String[rows.size()];
		String[] gridNames = new String[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			KeyPersonPlace row = rows.get(i);
			JurisdictionView grid = nodes.get(row.gridId());
			JurisdictionView household = (row.householdId() != null) ? nodes.get(row.householdId()) : null;
			double[] ownPoint = own.get(row.personId());
			if (ownPoint != null) {
				points[2 * i] = ownPoint[0];
				points[2 * i + 1] = ownPoint[1];
				placedBy[i] = "PERSON";
			}
			else if (household != null && household.latitude() != null && household.longitude() != null) {
				points[2 * i] = household.longitude();
				points[2 * i + 1] = household.latitude();
				placedBy[i] = "HOUSEHOLD";
			}
			else if (grid != null && grid.latitude() != null && grid.longitude() != null) {
				points[2 * i] = grid.longitude();
				points[2 * i + 1] = grid.latitude();
				placedBy[i] = "GRID";
			}
			else {
				placedBy[i] = "NONE";
			}
			gridNames[i] = (grid != null) ? grid.name() : null;
			placed.merge(placedBy[i], 1, Integer::sum);
		}
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("truncated", found.truncated());
		meta.put("limit", this.settings.maxKeyPersons());
		meta.put("placedBy", placed);
		return new KeyPersonCollection("FeatureCollection", new Features(rows, points, placedBy, gridNames), meta);
	}

	/**
	 * The key persons as an RFC 7946 feature collection, the same shape as
	 * {@link GeoJson.FeatureCollection}: a Point feature per screening ({@code id} the
	 * screening's), geometry null when placed {@code NONE}.
	 */
	public record KeyPersonCollection(String type, Features features, Map<String, Object> meta) {

	}

	/**
	 * The features, written straight to the answer as they are serialised (W5: 10,000 of
	 * them without a map of properties each).
	 */
	public static final class Features extends JacksonSerializable.Base {

		private final List<KeyPersonPlace> rows;

		private final double[] points;

		private final String[] placedBy;

		private final String[] gridNames;

		Features(List<KeyPersonPlace> rows, double[] points, String[] placedBy, String[] gridNames) {
			this.rows = rows;
			this.points = points;
			this.placedBy = placedBy;
			this.gridNames = gridNames;
		}

		/** How many features there are. */
		public int size() {
			return this.rows.size();
		}

		@Override
		public void serialize(JsonGenerator out, SerializationContext context) {
			out.writeStartArray();
			for (int i = 0; i < this.rows.size(); i++) {
				KeyPersonPlace row = this.rows.get(i);
				out.writeStartObject();
				out.writeStringProperty("type", "Feature");
				out.writeNumberProperty("id", row.screeningId());
				out.writeName("geometry");
				if (this.placedBy[i].equals("NONE")) {
					out.writeNull();
				}
				else {
					out.writeStartObject();
					out.writeStringProperty("type", "Point");
					out.writeName("coordinates");
					out.writeStartArray();
					out.writeNumber(this.points[2 * i]);
					out.writeNumber(this.points[2 * i + 1]);
					out.writeEndArray();
					out.writeEndObject();
				}
				out.writeName("properties");
				out.writeStartObject();
				out.writeNumberProperty("screeningId", row.screeningId());
				out.writeStringProperty("name", row.name());
				out.writeStringProperty("idNumber", row.idNumberMasked());
				out.writeStringProperty("measure", row.measure().name());
				out.writeStringProperty("status", row.status().name());
				out.writeStringProperty("originClass", row.originClass().name());
				out.writeStringProperty("arrivalDate",
						(row.arrivalDate() != null) ? row.arrivalDate().toString() : null);
				out.writeStringProperty("measureEnd", (row.measureEnd() != null) ? row.measureEnd().toString() : null);
				out.writeNumberProperty("gridId", row.gridId());
				out.writeStringProperty("gridName", this.gridNames[i]);
				out.writeStringProperty("placedBy", this.placedBy[i]);
				out.writeStringProperty("link", "/screening/" + row.screeningId());
				out.writeEndObject();
				out.writeEndObject();
			}
			out.writeEndArray();
		}

		@Override
		public void serializeWithType(JsonGenerator out, SerializationContext context, TypeSerializer types) {
			serialize(out, context);
		}

	}

}
