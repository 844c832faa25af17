package org.fangkong.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;

import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.shared.ContactRules;
import org.fangkong.shared.FieldRules;
import org.fangkong.shared.IdType;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.ResidentIdNumber;
import org.fangkong.shared.TravelMode;

/**
 * The rules a reported screening must pass (SECURITY.md IN1, IN2, AC1 for the grid),
 * field by field: every broken rule is reported at once, naming its field, and nothing is
 * stored. Also the rule of R-SCR-1: the measure an origin class gets when none is chosen,
 * from the arrival date. Pure: the tree and the day come in as arguments.
 */
final class ScreeningRules {

	private final ScreeningSettings settings;

	ScreeningRules(ScreeningSettings settings) {
		this.settings = settings;
	}

	/**
	 * Checks a report. {@code kindOf} tells the kind of a node of the tree (empty if
	 * unknown); {@code inScope} whether the reporting actor's jurisdiction covers it.
	 */
	Valid check(NewScreening input, LocalDate today, LongFunction<Optional<NodeKind>> kindOf, LongPredicate inScope) {
		List<Violation> violations = new ArrayList<>();
		String name = FieldRules.text(input.name(), "name", 50, true, violations);
		String sex = sex(input.sex(), violations);
		IdType idType = FieldRules.oneOf(IdType.class, "idType", input.idType(), false, violations);
		String idNumber = IdType.normalise(input.idNumber());
		if (idNumber != null && idNumber.isEmpty()) {
			idNumber = null;
		}
		if (idNumber != null) {
			IdType type = (idType != null) ? idType : IdType.RESIDENT_ID;
			idType = type;
			if (!type.accepts(idNumber, today)) {
				violations.add(new Violation("idNumber",
						(type == IdType.RESIDENT_ID) ? "validation.idNumber.resident" : "validation.idNumber"));
			}
			else if (type == IdType.RESIDENT_ID && sex == null) {
				sex = ResidentIdNumber.sex(idNumber);
			}
		}
		String phone = (input.phone() != null) ? input.phone().replaceAll("[\\s-]", "") : null;
		if (phone != null && phone.isEmpty()) {
			phone = null;
		}
		if (phone != null && !ContactRules.isMobile(phone)) {
			violations.add(new Violation("phone", "validation.phone"));
		}
		FieldRules.text(input.householdAddress(), "householdAddress", 200, false, violations);
		FieldRules.text(input.currentAddress(), "currentAddress", 200, false, violations);
		Long node = input.gridId();
		if (node == null) {
			violations.add(new Violation("gridId", "validation.required"));
		}
		else if (!kindOf.apply(node).map(ScreeningRules::isPlaceOfLiving).orElse(false)) {
			violations.add(new Violation("gridId", "validation.grid"));
		}
		else if (!inScope.test(node)) {
			// UP4, AC1: nobody reports into a grid outside their jurisdiction.
			violations.add(new Violation("gridId", "validation.gridOutOfScope"));
		}
		LeadSource source = FieldRules.oneOf(LeadSource.class, "leadSource", input.leadSource(), false, violations);
		OriginClass origin = FieldRules.oneOf(OriginClass.class, "originClass", input.originClass(), true, violations);
		String originPlace = FieldRules.text(input.originPlace(), "originPlace", 100, false, violations);
		TravelMode mode = FieldRules.oneOf(TravelMode.class, "transportMode", input.transportMode(), false, violations);
		String number = FieldRules.text(input.transportNumber(), "transportNumber", 30, false, violations);
		String stopovers = FieldRules.text(input.stopovers(), "stopovers", 200, false, violations);
		String companions = FieldRules.text(input.companions(), "companions", 200, false, violations);
		String exposure = FieldRules.text(input.exposure(), "exposure", 500, false, violations);
		String health = FieldRules.text(input.healthNote(), "healthNote", 500, false, violations);
		String note = FieldRules.text(input.note(), "note", 500, false, violations);
		Measure measure = FieldRules.oneOf(Measure.class, "measure", input.measure(), false, violations);
		if (input.arrivalDate() != null && input.arrivalDate().isAfter(today)) {
			violations.add(new Violation("arrivalDate", "validation.crossedAt.future"));
		}
		if (input.departureDate() != null && input.arrivalDate() != null
				&& input.departureDate().isAfter(input.arrivalDate())) {
			violations.add(new Violation("departureDate", "validation.departure"));
		}
		point(input.longitude(), input.latitude(), violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		// R-SCR-1: without a chosen measure, the rule for the origin class, from arrival.
		Measure decided = (measure != null) ? measure : this.settings.measureFor(origin);
		LocalDate start = (input.measureStart() != null) ? input.measureStart()
				: (input.arrivalDate() != null) ? input.arrivalDate() : today;
		return new Valid(name, sex, idType, idNumber, phone, node, (source != null) ? source : LeadSource.GRID_FOUND,
				new Trip(origin, originPlace, input.departureDate(), input.arrivalDate(), mode, number, stopovers,
						companions, exposure, health, note),
				decided, start);
	}

	/**
	 * Issue #14 item 4: the pin of the form's map, both coordinates or neither, each in
	 * range (a point outside is refused, not clamped).
	 */
	static void point(Double longitude, Double latitude, List<Violation> violations) {
		if (longitude == null && latitude == null) {
			return;
		}
		if (longitude == null || latitude == null) {
			violations.add(new Violation((longitude == null) ? "longitude" : "latitude", "validation.point.both"));
			return;
		}
		if (!Double.isFinite(longitude) || Math.abs(longitude) > 180) {
			violations.add(new Violation("longitude", "validation.point.longitude", -180, 180));
		}
		if (!Double.isFinite(latitude) || Math.abs(latitude) > 90) {
			violations.add(new Violation("latitude", "validation.point.latitude", -90, 90));
		}
	}

	/** A screening is reported into a grid or a place inside one. */
	private static boolean isPlaceOfLiving(NodeKind kind) {
		return kind.isGrid() || kind == NodeKind.GROUP || kind == NodeKind.BUILDING || kind == NodeKind.HOUSEHOLD;
	}

	private static String sex(String value, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return switch (value.strip().toUpperCase(Locale.ROOT)) {
			case "M", "男", "MALE" -> "M";
			case "F", "女", "FEMALE" -> "F";
			default -> {
				violations.add(new Violation("sex", "validation.invalid"));
				yield null;
			}
		};
	}

	/** A checked report: what {@link #check} hands on. */
	record Valid(String name, String sex, IdType idType, String idNumber, String phone, long nodeId,
			LeadSource leadSource, Trip trip, Measure measure, LocalDate measureStart) {

	}

}
