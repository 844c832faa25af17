package org.fangkong.supplies;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.supplies.SupplyViews.PlaceView;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #17 "done when": a donation of masks is received, stocked, distributed to a
 * checkpoint, confirmed there, traced back to the donation and shown on the public page;
 * more than on hand is refused with nothing changed; anonymous donors stay unnamed in
 * public.
 */
@IntegrationTest
class SuppliesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Stock stock;

	@Autowired
	StockQueries queries;

	@Autowired
	Accounts accounts;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	SuppliesSeeding seeding;

	Actor commander() {
		return Actors.demo(this.accounts, "commander");
	}

	long warehouse(String name) {
		return this.stock.createPlace(commander(), new NewPlace(name, PlaceKind.WAREHOUSE, null)).id();
	}

	@Test
	void maskDonationIsStockedDistributedConfirmedTracedAndPublished() throws Exception {
		long warehouse = warehouse("测试仓库甲");
		long n95 = this.seeding.itemId("MASK_N95");
		String donor = "铁力测试口罩厂" + System.nanoTime();
		String body = """
				{"donorName": "%s", "donorKind": "COMPANY", "kind": "GOODS", "placeId": %d,
				 "lines": [{"itemId": %d, "quantity": 500}]}""".formatted(donor, warehouse, n95);
		String answer = this.mvc
			.perform(post("/api/v1/donations").with(DemoUsers.basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long donation = ((Number) JsonPath.read(answer, "$.id")).longValue();
		assertThat((String) JsonPath.read(answer, "$.receiptNo")).startsWith("JZ");

		String onHand = this.mvc
			.perform(
					get("/api/v1/stock").param("placeId", String.valueOf(warehouse)).with(DemoUsers.basic("commander")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<Integer>) JsonPath.read(onHand, "$[?(@.itemId == " + n95 + ")].quantity"))
			.containsExactly(500);
		assertThat((String) JsonPath.read(onHand, "$[0].unit")).isNotBlank();

		long station = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("神树火车站");
		String moved = this.mvc
			.perform(post("/api/v1/stock/movements").with(DemoUsers.basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"itemId": %d, "fromPlaceId": %d, "toCheckpointId": %d, "quantity": 120}""".formatted(n95,
						warehouse, station)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long movement = ((Number) JsonPath.read(moved, "$[0].id")).longValue();

		// traced back to the donation
		String traced = this.mvc
			.perform(get("/api/v1/stock/movements/{id}", movement).with(DemoUsers.basic("commander")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(((Number) JsonPath.read(traced, "$.donationId")).longValue()).isEqualTo(donation);
		assertThat((Object) JsonPath.read(traced, "$.confirmedAt")).as("waiting for the crew").isNull();

		// the crew of the checkpoint confirms; only then is it on hand there
		PlaceView place = this.stock.places(commander())
			.stream()
			.filter((p) -> station == (p.checkpointId() != null ? p.checkpointId() : -1))
			.findFirst()
			.orElseThrow();
		long before = onHandAt(place.id(), n95);
		this.mvc.perform(post("/api/v1/stock/movements/{id}/confirm", movement).with(DemoUsers.basic("crew")))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/stock/movements/{id}/confirm", movement).with(DemoUsers.basic("crew")))
			.andExpect(status().isOk());
		assertThat(onHandAt(place.id(), n95)).isEqualTo(before + 120);
		assertThat(onHandAt(warehouse, n95)).isEqualTo(380);

		// the public page, without login
		String page = this.mvc.perform(get("/public/donations"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(donor).contains("神树火车站");
	}

	@Test
	void moreThanOnHandIsRefusedAndNothingChanges() throws Exception {
		long warehouse = warehouse("测试仓库乙");
		long alcohol = this.seeding.itemId("ALCOHOL");
		this.stock.move(commander(), new NewMovement(alcohol, null, warehouse, null, 30L, null, "CG-T1", null));
		long other = warehouse("测试仓库丙");
		this.mvc
			.perform(post("/api/v1/stock/movements").with(DemoUsers.basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"itemId": %d, "fromPlaceId": %d, "toPlaceId": %d, "quantity": 31}""".formatted(alcohol,
						warehouse, other)))
			.andExpect(status().isUnprocessableContent());
		assertThat(onHandAt(warehouse, alcohol)).isEqualTo(30);
		assertThat(this.queries.onHand(commander(), other)).isEmpty();
	}

	@Test
	void anonymousDonorsAreNotNamedOnThePublicPage() throws Exception {
		String hidden = "匿名测试人" + System.nanoTime();
		String shown = "公开测试企业" + System.nanoTime();
		for (String donor : List.of(hidden, shown)) {
			this.mvc
				.perform(post("/api/v1/donations").with(DemoUsers.basic("commander"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(
							"""
									{"donorName": "%s", "donorKind": "INDIVIDUAL", "anonymous": %s, "kind": "CASH", "amount": 888.50}"""
								.formatted(donor, donor.equals(hidden))))
				.andExpect(status().isCreated());
		}
		String page = this.mvc.perform(get("/public/donations"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(shown).doesNotContain(hidden).contains("匿名捐赠");
	}

	@Test
	void aLowStockLevelBelongsToOneItemAtOnePlace() throws Exception {
		long masks = this.seeding.itemId("MASK_N95");
		long north = warehouse("预警北库 " + java.util.UUID.randomUUID());
		long south = warehouse("预警南库 " + java.util.UUID.randomUUID());
		this.stock.move(commander(), new NewMovement(masks, null, north, null, 300L, null, "CG-L1", null));
		this.stock.move(commander(), new NewMovement(masks, null, south, null, 300L, null, "CG-L2", null));
		// the item's default (500) makes both warehouses low; north's own level of 100
		// does not
		this.mvc
			.perform(put("/api/v1/stock/levels").with(basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"itemId\":" + masks + ",\"placeId\":" + north + ",\"lowLevel\":100}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lowLevel").value(100));
		assertThat(this.queries.onHand(commander(), north)).singleElement()
			.satisfies((l) -> assertThat(l.low()).isFalse())
			.satisfies((l) -> assertThat(l.lowLevel()).isEqualTo(100));
		assertThat(this.queries.onHand(commander(), south)).singleElement()
			.satisfies((l) -> assertThat(l.low()).isTrue());
		assertThat(this.queries.low(commander())).extracting(SupplyViews.StockLine::placeId)
			.contains(south)
			.doesNotContain(north);
		// back to the default
		this.mvc
			.perform(put("/api/v1/stock/levels").with(basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"itemId\":" + masks + ",\"placeId\":" + north + ",\"lowLevel\":null}"))
			.andExpect(status().isOk());
		assertThat(this.queries.onHand(commander(), north)).singleElement()
			.satisfies((l) -> assertThat(l.low()).isTrue());
		// a hospital to distribute to, added over the API
		String hospital = this.mvc
			.perform(post("/api/v1/stock/places").with(basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"预警测试医院 " + north + "\",\"kind\":\"HOSPITAL\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("HOSPITAL"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long hospitalId = ((Number) JsonPath.read(hospital, "$.id")).longValue();
		assertThat(this.stock.move(commander(), new NewMovement(masks, south, hospitalId, null, 50L, null, null, null)))
			.singleElement()
			.satisfies((m) -> assertThat(m.kind()).isEqualTo(MovementKind.DISTRIBUTION));
		// a township cannot set a level at the city's warehouse: not found
		this.mvc
			.perform(put("/api/v1/stock/levels").with(basic("township"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"itemId\":" + masks + ",\"placeId\":" + north + ",\"lowLevel\":1}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/stock/levels").with(basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"itemId\":" + masks + ",\"placeId\":" + north + ",\"lowLevel\":-1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lowLevel"));
	}

	@Test
	void theReceiptIsAPdf() throws Exception {
		String answer = this.mvc
			.perform(post("/api/v1/donations").with(DemoUsers.basic("hq-screening"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"donorName": "收据测试", "donorKind": "ORGANISATION", "kind": "CASH", "amount": 100}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
		byte[] pdf = this.mvc.perform(get("/api/v1/donations/{id}/receipt.pdf", id).with(DemoUsers.basic("commander")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

	@Test
	void badInputNamesTheFields() throws Exception {
		this.mvc
			.perform(post("/api/v1/stock/movements").with(DemoUsers.basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"quantity\": -1}"))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.hasItems("itemId", "quantity", "toPlaceId")));
	}

	private long onHandAt(long placeId, long itemId) {
		return this.queries.onHand(commander(), placeId)
			.stream()
			.filter((l) -> l.itemId() == itemId)
			.mapToLong(SupplyViews.StockLine::quantity)
			.sum();
	}

}
