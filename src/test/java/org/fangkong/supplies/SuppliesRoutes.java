package org.fangkong.supplies;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.supplies.SupplyViews.MovementView;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;

import static org.fangkong.shared.Role.CHECKPOINT_CREW;
import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.HQ_STAFF;
import static org.fangkong.shared.Role.TOWNSHIP_OFFICER;

/**
 * Supplies (issue #17): the HQ, commanders and townships keep stock and receive donations
 * inside their jurisdiction; the crew confirms deliveries to the checkpoints it serves;
 * the public page needs no login. Records: a donation and a movement in the city's
 * warehouse and in the township's; a delivery to 神树火车站 (the crew's) and one to 铁力收费站 (the
 * township's).
 */
class SuppliesRoutes implements ModuleRoutes {

	static final Set<Role> KEEPERS = EnumSet.of(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER);

	static final Set<Role> RECEIVERS = EnumSet.of(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, CHECKPOINT_CREW);

	private long cityWarehouse;

	private long townWarehouse;

	@Override
	public void prepare(RouteWorld world) throws Exception {
		Stock stock = world.bean(Stock.class);
		Donations donations = world.bean(Donations.class);
		SuppliesSeeding seeding = world.bean(SuppliesSeeding.class);
		Actor commander = world.actor("commander");
		Actor township = world.actor("township");
		long masks = seeding.itemId("MASK_SURGICAL");
		this.cityWarehouse = stock.createPlace(commander, new NewPlace(world.unique("矩阵仓库"), PlaceKind.WAREHOUSE, null))
			.id();
		this.townWarehouse = stock.createPlace(township, new NewPlace(world.unique("镇仓库"), PlaceKind.WAREHOUSE, null))
			.id();
		long cityDonation = donations.receive(commander, goods(masks, this.cityWarehouse)).id();
		long townDonation = donations.receive(township, goods(masks, this.townWarehouse)).id();
		world.records("donation")
			.reference(cityDonation)
			.own("township", townDonation)
			.foreign("township", cityDonation);
		long cityMovement = movementOf(stock, commander, masks, null, this.cityWarehouse, null);
		long townMovement = movementOf(stock, township, masks, null, this.townWarehouse, null);
		world.records("movement")
			.reference(cityMovement)
			.own("township", townMovement)
			.foreign("township", cityMovement);
		long toStation = movementOf(stock, commander, masks, this.cityWarehouse, null,
				world.tree().checkpoint("神树火车站"));
		long toToll = movementOf(stock, township, masks, this.townWarehouse, null, world.tree().checkpoint("铁力收费站"));
		world.records("delivery")
			.reference(toStation)
			.own("township", toToll)
			.foreign("township", toStation)
			.foreign("crew", toToll);
	}

	private static NewDonation goods(long item, long warehouse) {
		return new NewDonation("矩阵捐赠方", DonorKind.COMPANY, false, DonationKind.GOODS, null, warehouse,
				List.of(new NewDonation.Line(item, 1000L)), null);
	}

	private static long movementOf(Stock stock, Actor actor, long item, Long from, Long to, Long checkpoint) {
		List<MovementView> made = stock.move(actor,
				new NewMovement(item, from, to, checkpoint, 5L, null, "CG-M", null));
		return made.get(0).id();
	}

	@Override
	public List<RouteCase> routes() {
		return List.of(RouteCase.get("/public/donations").open(), RouteCase.get("/supplies/stock").allow(KEEPERS),
				RouteCase.post("/supplies/stock/movements").allow(KEEPERS).expect(302),
				RouteCase.get("/supplies/donations").allow(KEEPERS),
				RouteCase.post("/supplies/donations").allow(KEEPERS).expect(302),
				RouteCase.get("/supplies/donations/{id}").allow(KEEPERS).record("donation"),
				RouteCase.get("/supplies/donations/{id}/receipt.pdf").allow(KEEPERS).record("donation"),
				RouteCase.get("/supplies/deliveries").allow(RECEIVERS),
				RouteCase.post("/supplies/deliveries/{id}/confirm")
					.allow(RECEIVERS)
					.record("delivery")
					.because("the crew of the checkpoint, or a keeper of its area, confirms receipt")
					.expect(302),
				RouteCase.post("/api/v1/donations")
					.allow(KEEPERS)
					.json((call) -> "{\"donorName\":\"矩阵现金\",\"donorKind\":\"INDIVIDUAL\",\"kind\":\"CASH\",\"amount\":10}")
					.expect(201),
				RouteCase.get("/api/v1/donations/{id}").allow(KEEPERS).record("donation"),
				RouteCase.get("/api/v1/donations/{id}/receipt.pdf").allow(KEEPERS).record("donation"),
				RouteCase.get("/api/v1/stock").allow(KEEPERS), RouteCase.get("/api/v1/stock/items").signedIn(),
				RouteCase.get("/api/v1/stock/places").allow(KEEPERS),
				RouteCase.post("/api/v1/stock/movements")
					.allow(KEEPERS)
					.json((call) -> "{\"itemId\":1,\"toPlaceId\":"
							+ ("township".equals(call.user()) ? this.townWarehouse : this.cityWarehouse)
							+ ",\"quantity\":1,\"purchaseRef\":\"CG-R\"}")
					.expect(201),
				RouteCase.get("/api/v1/stock/movements/{id}").allow(KEEPERS).record("movement"),
				RouteCase.post("/api/v1/stock/movements/{id}/confirm").allow(RECEIVERS).record("delivery").expect(200),
				// places to send supplies to (a hospital, a team, a township) or to keep
				// them
				RouteCase.post("/supplies/stock/places")
					.allow(KEEPERS)
					.param("name", (call) -> "矩阵医院" + java.util.UUID.randomUUID())
					.param("kind", "HOSPITAL")
					.expect(302),
				RouteCase.post("/api/v1/stock/places")
					.allow(KEEPERS)
					.json((call) -> "{\"name\":\"矩阵工作队" + java.util.UUID.randomUUID() + "\",\"kind\":\"TEAM\"}")
					.expect(201),
				// issue #17 item 2: low-stock levels per item and place
				RouteCase.post("/supplies/stock/levels")
					.allow(KEEPERS)
					.param("itemId", "1")
					.param("placeId", (call) -> String.valueOf(warehouseOf(call.user())))
					.param("lowLevel", "10")
					.expect(302),
				RouteCase.put("/api/v1/stock/levels")
					.allow(KEEPERS)
					.json((call) -> "{\"itemId\":1,\"placeId\":" + warehouseOf(call.user()) + ",\"lowLevel\":10}")
					.expect(200));
	}

	private long warehouseOf(String user) {
		return "township".equals(user) ? this.townWarehouse : this.cityWarehouse;
	}

}
