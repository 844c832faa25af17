package org.fangkong.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout of a daily report's figures (SYSTEM.md, "A daily report"): the counted and
 * the typed figures in the groups a county office files them under — checkpoints,
 * screening, medical, cases, volunteers, disinfection, publicity and opinion, donations —
 * each line once, counted where the platform knows it. A code no group claims (a later
 * module's) goes to "other", so that it shows without a change here. The page, the PDF
 * and the workbook all use this order.
 */
public final class FigureGroups {

	/** The groups in the order of the form. */
	public static final List<String> GROUPS = List.of("checkpoint", "screening", "medical", "cases", "volunteers",
			"disinfection", "publicity", "donations", "other");

	/** The counted codes known today, in the order of the form; others follow by name. */
	private static final List<String> ORDER = List.of("crossingsIn", "crossingsOut", "vehiclesIn", "vehiclesOut",
			"fevers", "turnedBack", "arrivals", "arrivals.LOCAL", "arrivals.IN_PROVINCE", "arrivals.OTHER_PROVINCE",
			"arrivals.HUBEI", "arrivals.WUHAN", "arrivals.ABROAD", "arrivalsCumulative", "arrivalsCumulative.LOCAL",
			"arrivalsCumulative.IN_PROVINCE", "arrivalsCumulative.OTHER_PROVINCE", "arrivalsCumulative.HUBEI",
			"arrivalsCumulative.WUHAN", "arrivalsCumulative.ABROAD", "underMeasure", "underMeasure.HOME_OBSERVATION",
			"underMeasure.CENTRALISED_ISOLATION", "underMeasure.MEDICAL_OBSERVATION", "underMeasure.HOME_MONITORING",
			"released", "overdueChecks", "referrals", "referrals.OPEN", "referrals.RECEIVED", "openReferrals");

	private FigureGroups() {
	}

	/** The group of a counted figure's code. */
	public static String groupOf(String code) {
		String head = code;
		if (head.startsWith("crossings") || head.startsWith("vehicles") || head.equals("turnedBack")
				|| head.equals("fevers") || head.startsWith("checkpoint")) {
			return "checkpoint";
		}
		if (head.startsWith("arrivals") || head.startsWith("underMeasure") || head.startsWith("released")
				|| head.startsWith("overdueChecks") || head.startsWith("screening") || head.startsWith("dailyChecks")) {
			return "screening";
		}
		if (head.contains("eferral") || head.startsWith("medical")) {
			return "medical";
		}
		int dot = head.indexOf('.');
		String prefix = (dot > 0) ? head.substring(0, dot) : head;
		return GROUPS.contains(prefix) ? prefix : "other";
	}

	/**
	 * The lines of each group that has any: counted figures first, in the known order,
	 * then the typed ones in their configured order. Typed codes are {@code group.name}.
	 */
	public static List<Group> of(Map<String, Long> counted, List<String> typedFields, Map<String, Long> typed) {
		Map<String, List<Line>> lines = new LinkedHashMap<>();
		GROUPS.forEach((group) -> lines.put(group, new ArrayList<>()));
		counted.keySet()
			.stream()
			.sorted(Comparator.comparingInt(FigureGroups::rank).thenComparing(Comparator.naturalOrder()))
			.forEach((code) -> lines.get(groupOf(code)).add(new Line(code, counted.get(code), false)));
		for (String code : typedFields) {
			int dot = code.indexOf('.');
			String group = (dot > 0 && GROUPS.contains(code.substring(0, dot))) ? code.substring(0, dot) : "other";
			lines.get(group).add(new Line(code, typed.get(code), true));
		}
		List<Group> groups = new ArrayList<>();
		lines.forEach((group, of) -> {
			if (!of.isEmpty()) {
				groups.add(new Group(group, List.copyOf(of)));
			}
		});
		return groups;
	}

	/**
	 * The groups of the figures the dashboard has no place of its own for: every code
	 * outside the known order that belongs to neither checkpoints nor screening (a later
	 * module's: beds, cases, volunteers, disinfection, releases, stock …), so that a new
	 * module's figures show on the dashboard without a change here.
	 */
	public static List<Group> beyondTheKnown(Map<String, Long> counted) {
		Map<String, Long> others = new LinkedHashMap<>();
		counted.forEach((code, value) -> {
			String group = groupOf(code);
			if (!ORDER.contains(code) && !group.equals("checkpoint") && !group.equals("screening")) {
				others.put(code, value);
			}
		});
		return of(others, List.of(), Map.of());
	}

	private static int rank(String code) {
		int index = ORDER.indexOf(code);
		return (index >= 0) ? index : ORDER.size();
	}

	/** One group of the form: its key ({@code dailyReport.group.<key>}) and its lines. */
	public record Group(String key, List<Line> lines) {

	}

	/**
	 * One figure: its code (label {@code figure.<code>} when counted,
	 * {@code dailyReport.figure.<code>} when typed), its value ({@code null} for a typed
	 * figure not typed yet) and whether the unit typed it.
	 */
	public record Line(String code, Long value, boolean typed) {

		/** The message key of the line's label. */
		public String labelKey() {
			return (this.typed ? "dailyReport.figure." : "figure.") + this.code;
		}

	}

}
