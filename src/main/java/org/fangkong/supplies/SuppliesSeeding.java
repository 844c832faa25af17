package org.fangkong.supplies;

import java.util.List;

import org.fangkong.shared.Actor;
import org.fangkong.supplies.SupplyViews.DonationView;
import org.fangkong.supplies.SupplyViews.MovementView;
import org.fangkong.supplies.SupplyViews.PlaceView;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for the supplies (the Tieli demo data set): the same checks as
 * {@link Donations} and {@link Stock}, with every row marked as demo data. Only the
 * modules allowed the {@code seeding} interface may call it.
 */
@Service
@NamedInterface("seeding")
@Transactional
public class SuppliesSeeding {

	private final Donations donations;

	private final Stock stock;

	private final StockStore store;

	SuppliesSeeding(Donations donations, Stock stock, StockStore store) {
		this.donations = donations;
		this.stock = stock;
		this.store = store;
	}

	/** Whether the demo supplies are there already. */
	@Transactional(readOnly = true)
	public boolean seeded() {
		return this.store.demoPlaces() > 0;
	}

	/** A demo warehouse at a node. */
	public PlaceView warehouse(String name, long jurisdictionId, String scopePath) {
		long id = this.store.insertPlace(name, PlaceKind.WAREHOUSE, null, jurisdictionId, scopePath, true);
		return this.store.place(id).orElseThrow();
	}

	public DonationView donation(Actor actor, NewDonation donation) {
		return this.donations.receive(actor, donation, true);
	}

	public List<MovementView> move(Actor actor, NewMovement movement) {
		return this.stock.move(actor, movement, true);
	}

	public long itemId(String code) {
		return this.store.itemByCode(code).orElseThrow().id();
	}

}
