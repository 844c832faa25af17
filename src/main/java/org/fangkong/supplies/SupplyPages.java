package org.fangkong.supplies;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.shared.Actor;
import org.fangkong.supplies.SupplyViews.DonationView;
import org.fangkong.supplies.SupplyViews.ItemView;
import org.fangkong.supplies.SupplyViews.MovementView;
import org.fangkong.supplies.SupplyViews.PlaceView;
import org.fangkong.supplies.SupplyViews.StockLine;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the supplies pages show, each in one call. */
@Service
@Transactional(readOnly = true)
public class SupplyPages {

	static final int PAGE = 30;

	private final Stock stock;

	private final StockQueries queries;

	private final Donations donations;

	private final Checkpoints checkpoints;

	SupplyPages(Stock stock, StockQueries queries, Donations donations, Checkpoints checkpoints) {
		this.stock = stock;
		this.queries = queries;
		this.donations = donations;
		this.checkpoints = checkpoints;
	}

	/** The stock page: on hand (one place, or only the low lines), the form's choices. */
	public StockPage stockPage(Actor actor, Long placeId, boolean lowOnly) {
		List<StockLine> lines = this.queries.onHand(actor, placeId);
		if (lowOnly) {
			lines = lines.stream().filter(StockLine::low).toList();
		}
		List<MovementView> movements = this.queries.movements(actor, placeId, 20);
		Set<Long> readable = this.queries.readableDonations(actor,
				movements.stream().map(MovementView::donationId).filter(Objects::nonNull).distinct().toList());
		return new StockPage(lines, this.stock.places(actor), this.stock.items(),
				this.checkpoints.visibleTo(actor, null), movements, readable, placeId, lowOnly);
	}

	/** The donations page: a page of donations and the form's choices. */
	public DonationsPage donationsPage(Actor actor, int page) {
		List<DonationView> list = this.donations.list(actor, Math.max(0, page), PAGE + 1);
		List<PlaceView> warehouses = this.stock.places(actor)
			.stream()
			.filter((p) -> p.kind() == PlaceKind.WAREHOUSE)
			.toList();
		return new DonationsPage(list.stream().limit(PAGE).toList(), Math.max(0, page), list.size() > PAGE, warehouses,
				this.stock.items());
	}

	/** One donation and where its goods went. */
	public DonationPage donationPage(Actor actor, long id) {
		return new DonationPage(this.donations.get(actor, id), this.queries.movementsOfDonation(actor, id));
	}

	/**
	 * The stock page's content; {@code readableDonations}: the donations behind the
	 * movements that the actor may open (only those are links).
	 */
	public record StockPage(List<StockLine> lines, List<PlaceView> places, List<ItemView> items,
			List<CheckpointView> checkpoints, List<MovementView> movements, Set<Long> readableDonations, Long placeId,
			boolean lowOnly) {

	}

	/** The donations page's content. */
	public record DonationsPage(List<DonationView> donations, int page, boolean hasNext, List<PlaceView> warehouses,
			List<ItemView> items) {

		/** No keyset cursor: the pager pages by number. */
		public String next() {
			return null;
		}

	}

	/** A donation with the movements of its goods. */
	public record DonationPage(DonationView donation, List<MovementView> movements) {

	}

}
