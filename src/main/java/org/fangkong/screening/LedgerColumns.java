package org.fangkong.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fangkong.shared.TravelMode;
import org.fangkong.shared.IdType;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.OriginClass;

/**
 * The columns of the ledger workbook (台账), the same for export, import and the template,
 * so that a file can go out and come back. Headers and coded values are Chinese first;
 * English headers and enum names are accepted.
 */
final class LedgerColumns {

	static final List<String> HEADERS = List.of("姓名", "性别", "证件类型", "证件号码", "联系电话", "来源地类别", "来源地", "到达日期", "交通方式",
			"车次/航班/车牌", "现住址", "所属网格(编码)", "管控措施", "开始日期", "备注");

	/**
	 * Issue #8 item 2: what the export adds after the import's columns, so that the file
	 * is also a status report; the import ignores them.
	 */
	static final List<String> EXPORT_ONLY = List.of("状态", "计划解除日期", "包保责任人", "网格名称");

	static final List<String> ENGLISH = List.of("Name", "Sex", "ID type", "ID number", "Phone", "Origin class",
			"Origin", "Arrival date", "Transport", "Train/flight/plate", "Current address", "Grid (code)", "Measure",
			"Start date", "Note");

	static final int NAME = 0;

	static final int SEX = 1;

	static final int ID_TYPE = 2;

	static final int ID_NUMBER = 3;

	static final int PHONE = 4;

	static final int ORIGIN_CLASS = 5;

	static final int ORIGIN = 6;

	static final int ARRIVAL = 7;

	static final int TRANSPORT = 8;

	static final int TRANSPORT_NUMBER = 9;

	static final int ADDRESS = 10;

	static final int GRID = 11;

	static final int MEASURE = 12;

	static final int START = 13;

	static final int NOTE = 14;

	static final int STATUS = 15;

	static final int MEASURE_END = 16;

	static final int RESPONSIBLE = 17;

	static final int GRID_NAME = 18;

	/** The API field each column feeds, to name the column of a rejected value. */
	static final Map<String, Integer> FIELDS = Map.ofEntries(Map.entry("name", NAME), Map.entry("sex", SEX),
			Map.entry("idType", ID_TYPE), Map.entry("idNumber", ID_NUMBER), Map.entry("phone", PHONE),
			Map.entry("originClass", ORIGIN_CLASS), Map.entry("originPlace", ORIGIN), Map.entry("arrivalDate", ARRIVAL),
			Map.entry("transportMode", TRANSPORT), Map.entry("transportNumber", TRANSPORT_NUMBER),
			Map.entry("currentAddress", ADDRESS), Map.entry("gridId", GRID), Map.entry("measure", MEASURE),
			Map.entry("measureStart", START), Map.entry("note", NOTE));

	static final Map<IdType, String> ID_TYPES = labels(IdType.RESIDENT_ID, "居民身份证", IdType.PASSPORT, "护照",
			IdType.HK_MACAO_PERMIT, "港澳通行证", IdType.TAIWAN_PERMIT, "台胞证", IdType.OTHER, "其他证件");

	static final Map<OriginClass, String> ORIGINS = labels(OriginClass.LOCAL, "本地", OriginClass.IN_PROVINCE, "省内其他地区",
			OriginClass.OTHER_PROVINCE, "外省", OriginClass.HUBEI, "湖北（武汉以外）", OriginClass.WUHAN, "武汉",
			OriginClass.ABROAD, "境外");

	static final Map<TravelMode, String> MODES = labels(TravelMode.SELF_DRIVE, "自驾", TravelMode.COACH, "客车",
			TravelMode.TRAIN, "火车", TravelMode.AIR, "飞机", TravelMode.OTHER, "其他");

	static final Map<Measure, String> MEASURES = labels(Measure.HOME_OBSERVATION, "居家观察", Measure.CENTRALISED_ISOLATION,
			"集中隔离", Measure.MEDICAL_OBSERVATION, "医学观察", Measure.HOME_MONITORING, "居家健康监测", Measure.NONE, "无");

	static final Map<ScreeningStatus, String> STATUSES = labels(ScreeningStatus.UNDER_MEASURE, "管控中",
			ScreeningStatus.RELEASED, "已解除", ScreeningStatus.NO_MEASURE, "无需管控", ScreeningStatus.CLOSED, "已关闭");

	/**
	 * Issue #8 item 4: the short forms people type for a label, compared after
	 * {@link #normalise}.
	 */
	private static final Map<String, Enum<?>> VARIANTS = Map.ofEntries(Map.entry("湖北", OriginClass.HUBEI),
			Map.entry("湖北省", OriginClass.HUBEI), Map.entry("湖北武汉以外", OriginClass.HUBEI),
			Map.entry("湖北省(武汉以外)", OriginClass.HUBEI), Map.entry("武汉市", OriginClass.WUHAN),
			Map.entry("省内", OriginClass.IN_PROVINCE), Map.entry("省内其他", OriginClass.IN_PROVINCE),
			Map.entry("本省", OriginClass.IN_PROVINCE), Map.entry("省外", OriginClass.OTHER_PROVINCE),
			Map.entry("其他省份", OriginClass.OTHER_PROVINCE), Map.entry("国外", OriginClass.ABROAD),
			Map.entry("境外入境", OriginClass.ABROAD), Map.entry("本市", OriginClass.LOCAL),
			Map.entry("身份证", IdType.RESIDENT_ID), Map.entry("二代身份证", IdType.RESIDENT_ID),
			Map.entry("自驾车", TravelMode.SELF_DRIVE), Map.entry("汽车", TravelMode.COACH),
			Map.entry("大巴", TravelMode.COACH), Map.entry("高铁", TravelMode.TRAIN), Map.entry("动车", TravelMode.TRAIN),
			Map.entry("航班", TravelMode.AIR), Map.entry("居家隔离", Measure.HOME_OBSERVATION),
			Map.entry("居家医学观察", Measure.HOME_OBSERVATION), Map.entry("健康监测", Measure.HOME_MONITORING));

	private LedgerColumns() {
	}

	/**
	 * The enum name for a cell: a Chinese label, an enum name in any case, or a common
	 * variant (湖北 for 湖北（武汉以外）, 省内 for 省内其他地区), whatever the brackets (half or full
	 * width) and spaces; null for a blank cell. A value that is none of these is refused,
	 * naming the allowed labels.
	 */
	static <E extends Enum<E>> String code(Map<E, String> labels, String cell, String field) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		String value = normalise(cell);
		for (Map.Entry<E, String> entry : labels.entrySet()) {
			if (normalise(entry.getValue()).equals(value)
					|| entry.getKey().name().replace("_", "").equalsIgnoreCase(value.replace("_", ""))) {
				return entry.getKey().name();
			}
		}
		Enum<?> variant = VARIANTS.get(value);
		if (variant != null && labels.containsKey(variant)) {
			return variant.name();
		}
		throw InvalidInputException.of(field, "validation.import.choice", cell.strip(),
				String.join("、", labels.values()));
	}

	/** Without spaces, brackets half-width, case-insensitive: how labels are compared. */
	static String normalise(String text) {
		return text.replaceAll("[\\s\u3000]", "")
			.replace('（', '(')
			.replace('）', ')')
			.replace('＿', '_')
			.toUpperCase(Locale.ROOT);
	}

	/** The index of each known column in a header row, by Chinese or English header. */
	static Map<Integer, Integer> columnsOf(List<String> header) {
		Map<Integer, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = (header.get(i) != null) ? header.get(i).strip() : "";
			int known = HEADERS.indexOf(name);
			if (known < 0) {
				known = indexIgnoringCase(ENGLISH, name);
			}
			if (known >= 0) {
				columns.put(known, i);
			}
		}
		return columns;
	}

	private static int indexIgnoringCase(List<String> names, String name) {
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).equalsIgnoreCase(name)) {
				return i;
			}
		}
		return -1;
	}

	@SuppressWarnings("unchecked")
	private static <E extends Enum<E>> Map<E, String> labels(Object... pairs) {
		Map<E, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((E) pairs[i], (String) pairs[i + 1]);
		}
		return map;
	}

}
