package org.fangkong.support;

/**
 * The JSON body of a crew registration ({@code POST
 * /api/v1/checkpoints/{id}/registrations}) with valid defaults: a local traveller coming
 * in by train, 36.6 °C, green code, a fresh ID number. Change only what the test is
 * about:
 * {@code RegistrationJson.crossing().origin("HUBEI", "湖北省武汉市").destination(household).json()}.
 */
public final class RegistrationJson {

	private String direction = "IN";

	private String idNumber = TestIds.next();

	private String name = "矩阵测试";

	private String phone = "13900007777";

	private String originClass = "LOCAL";

	private String originPlace = "铁力市";

	private Long destination;

	private String travelMode = "TRAIN";

	private String plate;

	private String vehicleClass;

	private Integer passengers;

	private String vehicleGroup;

	private String temperature = "36.6";

	private String healthCode = "GREEN";

	private RegistrationJson() {
	}

	public static RegistrationJson crossing() {
		return new RegistrationJson();
	}

	public RegistrationJson direction(String direction) {
		this.direction = direction;
		return this;
	}

	public RegistrationJson idNumber(String idNumber) {
		this.idNumber = idNumber;
		return this;
	}

	public RegistrationJson name(String name) {
		this.name = name;
		return this;
	}

	public RegistrationJson phone(String phone) {
		this.phone = phone;
		return this;
	}

	public RegistrationJson origin(String originClass, String originPlace) {
		this.originClass = originClass;
		this.originPlace = originPlace;
		return this;
	}

	public RegistrationJson destination(Long jurisdictionId) {
		this.destination = jurisdictionId;
		return this;
	}

	/** By car: self-drive with a plate, a vehicle class and the passengers. */
	public RegistrationJson car(String plate, String vehicleClass, int passengers) {
		this.travelMode = "SELF_DRIVE";
		this.plate = plate;
		this.vehicleClass = vehicleClass;
		this.passengers = passengers;
		return this;
	}

	/** The same value on the registrations of one vehicle's occupants. */
	public RegistrationJson vehicleGroup(String vehicleGroup) {
		this.vehicleGroup = vehicleGroup;
		return this;
	}

	/** The temperature as it is sent: a number, or anything else as a JSON value. */
	public RegistrationJson temperature(String temperature) {
		this.temperature = temperature;
		return this;
	}

	public RegistrationJson healthCode(String healthCode) {
		this.healthCode = healthCode;
		return this;
	}

	public String idNumber() {
		return this.idNumber;
	}

	public String json() {
		StringBuilder json = new StringBuilder("{");
		field(json, "direction", this.direction);
		field(json, "idType", "RESIDENT_ID");
		field(json, "idNumber", this.idNumber);
		field(json, "name", this.name);
		field(json, "phone", this.phone);
		field(json, "originClass", this.originClass);
		field(json, "originPlace", this.originPlace);
		raw(json, "destinationJurisdictionId", this.destination);
		field(json, "travelMode", this.travelMode);
		field(json, "plate", this.plate);
		field(json, "vehicleClass", this.vehicleClass);
		raw(json, "passengers", this.passengers);
		raw(json, "temperature", this.temperature);
		field(json, "healthCode", this.healthCode);
		field(json, "vehicleGroup", this.vehicleGroup);
		json.setLength(json.length() - 1);
		return json.append('}').toString();
	}

	static void field(StringBuilder json, String name, String value) {
		if (value != null) {
			json.append('"').append(name).append("\":\"").append(value.replace("\"", "\\\"")).append("\",");
		}
	}

	static void raw(StringBuilder json, String name, Object value) {
		if (value != null) {
			json.append('"').append(name).append("\":").append(value).append(',');
		}
	}

}
