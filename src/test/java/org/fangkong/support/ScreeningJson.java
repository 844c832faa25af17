package org.fangkong.support;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The JSON body of a reported screening ({@code POST /api/v1/screenings}) with valid
 * defaults: found by the grid, from another province, arrived two days ago by train, a
 * fresh ID number. {@code ScreeningJson.in(gridId).origin("WUHAN", "武汉市").json()}.
 */
public final class ScreeningJson {

	private String name = "矩阵排查";

	private String idNumber = TestIds.next();

	private String phone = "13900008888";

	private final long grid;

	private String leadSource = "GRID_FOUND";

	private String originClass = "OTHER_PROVINCE";

	private String originPlace = "黑龙江省外";

	private LocalDate arrivalDate = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2);

	private String transportMode = "TRAIN";

	private String transportNumber;

	private ScreeningJson(long grid) {
		this.grid = grid;
	}

	/** A screening in this grid (or other node the reporter may choose). */
	public static ScreeningJson in(long grid) {
		return new ScreeningJson(grid);
	}

	public ScreeningJson name(String name) {
		this.name = name;
		return this;
	}

	/** The ID number, or {@code null} for a person reported without one. */
	public ScreeningJson idNumber(String idNumber) {
		this.idNumber = idNumber;
		return this;
	}

	public ScreeningJson phone(String phone) {
		this.phone = phone;
		return this;
	}

	public ScreeningJson leadSource(String leadSource) {
		this.leadSource = leadSource;
		return this;
	}

	public ScreeningJson origin(String originClass, String originPlace) {
		this.originClass = originClass;
		this.originPlace = originPlace;
		return this;
	}

	public ScreeningJson arrived(LocalDate arrivalDate) {
		this.arrivalDate = arrivalDate;
		return this;
	}

	public ScreeningJson transport(String transportMode) {
		this.transportMode = transportMode;
		return this;
	}

	/** The train, flight or coach number. */
	public ScreeningJson transportNumber(String transportNumber) {
		this.transportNumber = transportNumber;
		return this;
	}

	public String idNumber() {
		return this.idNumber;
	}

	public String json() {
		StringBuilder json = new StringBuilder("{");
		RegistrationJson.field(json, "name", this.name);
		RegistrationJson.field(json, "idType", (this.idNumber != null) ? "RESIDENT_ID" : null);
		RegistrationJson.field(json, "idNumber", this.idNumber);
		RegistrationJson.field(json, "phone", this.phone);
		RegistrationJson.raw(json, "gridId", this.grid);
		RegistrationJson.field(json, "leadSource", this.leadSource);
		RegistrationJson.field(json, "originClass", this.originClass);
		RegistrationJson.field(json, "originPlace", this.originPlace);
		RegistrationJson.field(json, "arrivalDate", (this.arrivalDate != null) ? this.arrivalDate.toString() : null);
		RegistrationJson.field(json, "transportMode", this.transportMode);
		RegistrationJson.field(json, "transportNumber", this.transportNumber);
		json.setLength(json.length() - 1);
		return json.append('}').toString();
	}

}
