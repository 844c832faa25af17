package org.fangkong.demo;

import java.math.BigDecimal;
import java.util.List;

import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.supplies.DonationKind;
import org.fangkong.supplies.DonorKind;
import org.fangkong.supplies.NewDonation;
import org.fangkong.supplies.NewMovement;
import org.fangkong.supplies.Stock;
import org.fangkong.supplies.SuppliesSeeding;
import org.fangkong.supplies.SupplyViews.MovementView;
import org.fangkong.supplies.SupplyViews.PlaceView;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo supplies (issue #17): the city's warehouse, donations from an organisation, a
 * company, the chamber of commerce and one anonymous person, a purchase, and
 * distributions to two key checkpoints (one still waiting for the crew of 神树火车站 to
 * confirm). Received by the demo commander through the supplies module, marked as demo.
 */
@Component
@Profile("demo")
@Order(30)
class DemoSupplies implements ApplicationRunner {

	private final SuppliesSeeding seeding;

	private final Stock stock;

	private final Jurisdictions jurisdictions;

	private final DemoActors demo;

	DemoSupplies(SuppliesSeeding seeding, Stock stock, Jurisdictions jurisdictions, DemoActors demo) {
		this.seeding = seeding;
		this.stock = stock;
		this.jurisdictions = jurisdictions;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Actor commander = this.demo.actor("commander");
		if (commander == null || this.seeding.seeded()) {
			return;
		}
		long city = this.jurisdictions.findByCode(DemoDataLoader.CITY_CODE).orElseThrow().id();
		PlaceView warehouse = this.seeding.warehouse("市应急物资储备库", city, this.jurisdictions.pathOf(city));
		long n95 = this.seeding.itemId("MASK_N95");
		long surgical = this.seeding.itemId("MASK_SURGICAL");
		long alcohol = this.seeding.itemId("ALCOHOL");
		this.seeding.donation(commander,
				new NewDonation("铁力市红十字会", DonorKind.ORGANISATION, false, DonationKind.GOODS, null, warehouse.id(),
						List.of(new NewDonation.Line(n95, 2000L), new NewDonation.Line(surgical, 10000L)), null));
		this.seeding.donation(commander,
				new NewDonation("铁力市康达医药有限公司", DonorKind.COMPANY, false, DonationKind.GOODS, null, warehouse.id(),
						List.of(new NewDonation.Line(alcohol, 300L),
								new NewDonation.Line(this.seeding.itemId("DISINFECTANT"), 80L),
								new NewDonation.Line(this.seeding.itemId("THERMOMETER"), 40L)),
						null));
		this.seeding.donation(commander, new NewDonation("王某某", DonorKind.INDIVIDUAL, true, DonationKind.CASH,
				new BigDecimal("5000.00"), null, List.of(), null));
		this.seeding.donation(commander, new NewDonation("铁力市工商业联合会", DonorKind.ORGANISATION, false, DonationKind.CASH,
				new BigDecimal("100000.00"), null, List.of(), null));
		this.seeding.move(commander, new NewMovement(this.seeding.itemId("SUIT"), null, warehouse.id(), null, 200L,
				null, "CG-2020-0012", null));
		this.seeding.move(commander, new NewMovement(this.seeding.itemId("MEDICINE"), null, warehouse.id(), null, 6L,
				null, "CG-2020-0013", null));
		long station = checkpoint("神树火车站");
		long tollGate = checkpoint("铁力收费站");
		// waiting for the crew of 神树火车站 to confirm
		this.seeding.move(commander, new NewMovement(n95, warehouse.id(), null, station, 200L, null, null, null));
		this.seeding.move(commander, new NewMovement(alcohol, warehouse.id(), null, station, 20L, null, null, null));
		for (MovementView sent : this.seeding.move(commander,
				new NewMovement(surgical, warehouse.id(), null, tollGate, 1000L, null, null, null))) {
			this.stock.confirm(commander, sent.id());
		}
	}

	private long checkpoint(String name) {
		return this.demo.checkpoint(name).map(CheckpointView::id).orElseThrow();
	}

}
