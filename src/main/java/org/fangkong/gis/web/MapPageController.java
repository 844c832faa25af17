package org.fangkong.gis.web;

import java.util.List;

import org.fangkong.gis.MapSettings;
import org.fangkong.screening.KeyPersonPlaces;
import org.fangkong.screening.Measure;
import org.fangkong.screening.ScreeningStatus;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.OriginClass;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The map page (issue #14 items 1–3): the page is a frame; {@code map.js} reads the
 * layers from the GeoJSON API with the filters in the page's URL and draws them in 2-D
 * (Leaflet) or 3-D ({@code map3d.js}).
 */
@Controller
class MapPageController {

	private final MapSettings settings;

	private final KeyPersonPlaces keyPersons;

	MapPageController(MapSettings settings, KeyPersonPlaces keyPersons) {
		this.settings = settings;
		this.keyPersons = keyPersons;
	}

	/** The words map.js shows, besides the names of measures, statuses and origins. */
	private static final List<String> WORDS = List.of("map.layer.checkpoints", "map.layer.keyPersons",
			"map.layer.grids", "map.layer.heat", "map.layer.outline", "map.legend", "map.crossings", "map.keyPersons",
			"map.open", "map.placedBy.PERSON", "map.placedBy.HOUSEHOLD", "map.placedBy.GRID", "map.placedBy.NONE",
			"map.truncated", "map.loaded", "map.noBoundary", "map.failed", "map.legend.grids",
			"map.legend.checkpointSize", "map.noTiles", "checkpoint.kind.KEY", "checkpoint.kind.VILLAGE",
			"checkpoint.kind.SUB", "field.idNumber", "field.measure", "field.status", "map.arrival", "map.measureEnd",
			"map.grid", "map.view3d.legend");

	/**
	 * The page; the filters of the key persons are read by {@code map.js} from the URL,
	 * and shown here in the form (an unknown value is ignored by the form, refused by the
	 * API with a message).
	 */
	@GetMapping("/map")
	String map(@RequestParam(required = false) String originClass, @RequestParam(required = false) String measure,
			@RequestParam(required = false) String status, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("words", WORDS);
		model.addAttribute("f", new Filters(parse(OriginClass.class, originClass), parse(Measure.class, measure),
				(status != null && !status.isBlank()) ? status : ScreeningStatus.UNDER_MEASURE.name(), from, to));
		model.addAttribute("tileUrl", this.settings.tileUrl());
		model.addAttribute("tileAttribution", this.settings.tileAttribution());
		model.addAttribute("keyPersons", this.keyPersons.mayRead(actor));
		model.addAttribute("originClasses", OriginClass.values());
		model.addAttribute("measures", List.of(Measure.values()).stream().filter((m) -> m != Measure.NONE).toList());
		model.addAttribute("statuses", ScreeningStatus.values());
		return "gis/map";
	}

	/** The filters as given in the URL, for the form. */
	record Filters(OriginClass originClass, Measure measure, String status, String from, String to) {

	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return (value != null && !value.isBlank()) ? Enum.valueOf(type, value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
