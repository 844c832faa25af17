package org.fangkong.supplies;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.checkpoint.CrewDuty;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;
import org.fangkong.shared.UnprocessableRequestException;
import org.fangkong.supplies.SupplyViews.ItemView;
import org.fangkong.supplies.SupplyViews.MovementView;
import org.fangkong.supplies.SupplyViews.PlaceView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock and its movements (R-SUP-2): goods come in (a donation's, a purchase) at a place,
 * move between warehouses, and go out (a distribution, a loss). Stock on hand never goes
 * negative, also under concurrent distributions: each withdrawal is one conditional
 * update and the table has a CHECK. Every movement carries the lot it belongs to, and so
 * its donation or purchase. A distribution to a checkpoint is credited there when the
 * crew confirms receipt.
 */
@Service
@Transactional(readOnly = true)
public class Stock {

	/**
	 * Who keeps the stock: the HQ (supplies group), commanders, townships in their area.
	 */
	static final Role[] KEEPERS = { Role.COMMANDER, Role.HQ_STAFF, Role.TOWNSHIP_OFFICER };

	private final StockStore store;

	private final StockQueries queries;

	private final Jurisdictions jurisdictions;

	private final Checkpoints checkpoints;

	private final CrewDuty crewDuty;

	private final Clock clock;

	Stock(StockStore store, StockQueries queries, Jurisdictions jurisdictions, Checkpoints checkpoints,
			CrewDuty crewDuty, Clock clock) {
		this.store = store;
		this.queries = queries;
		this.jurisdictions = jurisdictions;
		this.checkpoints = checkpoints;
		this.crewDuty = crewDuty;
		this.clock = clock;
	}

	/** Whether the actor keeps stock (the stock pages and the movements). */
	public boolean keeps(Actor actor) {
		return actor.hasAny(KEEPERS);
	}

	public List<ItemView> items() {
		return this.store.items();
	}

	/** The places inside the actor's jurisdiction. */
	public List<PlaceView> places(Actor actor) {
		requireKeeper(actor);
		return this.store.places(this.jurisdictions.scopePath(actor));
	}

	/** A new warehouse or destination inside the actor's jurisdiction. */
	@Transactional
	public PlaceView createPlace(Actor actor, NewPlace request) {
		requireKeeper(actor);
		List<InvalidInputException.Violation> violations = new ArrayList<>();
		String name = (request.name() != null) ? request.name().strip() : "";
		if (name.isEmpty() || name.length() > 100) {
			violations.add(new InvalidInputException.Violation("name", "supplies.invalid.name"));
		}
		if (request.kind() == null || request.kind() == PlaceKind.CHECKPOINT) {
			violations.add(new InvalidInputException.Violation("kind", "supplies.invalid.placeKind"));
		}
		long node = (request.jurisdictionId() != null) ? request.jurisdictionId() : actor.jurisdictionId();
		if (!this.jurisdictions.covers(actor, node)) {
			violations.add(new InvalidInputException.Violation("jurisdictionId", "supplies.invalid.node"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		long id = this.store.insertPlace(name, request.kind(), null, node, this.jurisdictions.pathOf(node), false);
		return this.store.place(id).orElseThrow();
	}

	/**
	 * Records a movement. Out of stock (more than the place holds of the item, or of the
	 * donation's goods when {@code donationId} is given) is refused with 422 and nothing
	 * changes. A withdrawal takes the oldest lots first and answers one movement per lot.
	 */
	@Transactional
	public List<MovementView> move(Actor actor, NewMovement request) {
		return move(actor, request, false);
	}

	@Transactional
	List<MovementView> move(Actor actor, NewMovement request, boolean demo) {
		requireKeeper(actor);
		MovementCheck.validate(request);
		ItemView item = this.store.item(request.itemId())
			.orElseThrow(() -> InvalidInputException.of("itemId", "supplies.invalid.item"));
		PlaceView from = (request.fromPlaceId() != null) ? placeInScope(actor, request.fromPlaceId()) : null;
		PlaceView to = destination(actor, request);
		Instant now = Instant.now(this.clock);
		String by = actor.username();
		long quantity = request.quantity();
		if (from == null) {
			MovementKind kind = (request.donationId() != null) ? MovementKind.DONATION : MovementKind.PURCHASE;
			if (request.donationId() != null) {
				this.queries.requireDonation(actor, request.donationId());
			}
			long id = this.store.insertMovement(kind, item.id(), null, to.id(), quantity, null, request.donationId(),
					request.purchaseRef(), request.note(), to.jurisdictionId(), now, by, true, demo);
			this.store.credit(item.id(), to.id(), id, quantity);
			return List.of(this.store.movement(id).orElseThrow());
		}
		MovementKind kind = (to == null) ? MovementKind.LOSS
				: (to.kind() == PlaceKind.WAREHOUSE) ? MovementKind.TRANSFER : MovementKind.DISTRIBUTION;
		// a delivery to a checkpoint waits for the crew; anything else lands at once
		boolean landed = to == null || to.kind() != PlaceKind.CHECKPOINT;
		List<MovementView> made = new ArrayList<>();
		long remaining = quantity;
		for (long[] lot : this.store.lots(item.id(), from.id(), request.donationId())) {
			if (remaining == 0) {
				break;
			}
			long take = Math.min(remaining, lot[2]);
			while (take > 0 && !this.store.withdraw(lot[0], take)) {
				// another withdrawal took some first: take what is left now
				take = Math.min(remaining, this.store.onHand(lot[0]));
			}
			if (take == 0) {
				continue;
			}
			remaining -= take;
			long id = this.store.insertMovement(kind, item.id(), from.id(), (to != null) ? to.id() : null, take, lot[1],
					null, null, request.note(), from.jurisdictionId(), now, by, landed, demo);
			if (to != null && landed) {
				this.store.credit(item.id(), to.id(), lot[1], take);
			}
			made.add(this.store.movement(id).orElseThrow());
		}
		if (remaining > 0) {
			// rolls back whatever was taken above
			throw new UnprocessableRequestException(
					"not enough " + item.code() + " at place " + from.id() + ": " + remaining + " short",
					"supplies.notEnoughStock");
		}
		return made;
	}

	/**
	 * The receiving crew (or a keeper of the checkpoint's area) confirms a delivery to a
	 * checkpoint: the goods are then on hand there. Confirming twice changes nothing.
	 */
	@Transactional
	public MovementView confirm(Actor actor, long movementId) {
		MovementView movement = this.store.movement(movementId)
			.filter((m) -> m.toPlaceId() != null)
			.orElseThrow(() -> new NotFoundException("delivery", movementId));
		PlaceView place = this.store.place(movement.toPlaceId()).orElseThrow();
		if (!receives(actor, place)) {
			if (actor.hasAny(KEEPERS) || actor.has(Role.CHECKPOINT_CREW)) {
				throw new NotFoundException("delivery", movementId);
			}
			throw new ForbiddenException("only the receiving crew confirms a delivery");
		}
		if (this.store.confirm(movementId, Instant.now(this.clock), actor.username())) {
			this.store.credit(movement.itemId(), place.id(), movement.lotId(), movement.quantity());
		}
		return this.store.movement(movementId).orElseThrow();
	}

	/** Deliveries to the checkpoints the actor serves (crew) or keeps, waiting first. */
	public List<MovementView> deliveries(Actor actor) {
		if (actor.has(Role.CHECKPOINT_CREW)) {
			Set<Long> served = this.crewDuty.servedBy(actor);
			if (served.isEmpty()) {
				return List.of();
			}
			return this.store.movements("t.checkpoint_id = any(:ids) and m.kind = 'DISTRIBUTION'",
					Map.of("ids", served.toArray(new Long[0])), 100);
		}
		requireKeeper(actor);
		return this.store.movements("t.kind = 'CHECKPOINT' and t.scope_path like :path and m.confirmed_at is null",
				Map.of("path", this.jurisdictions.scopePath(actor) + "%"), 100);
	}

	/** Whether the actor confirms deliveries (the crew page, the crew's menu entry). */
	public boolean confirmsDeliveries(Actor actor) {
		return actor.has(Role.CHECKPOINT_CREW) && !this.crewDuty.servedBy(actor).isEmpty();
	}

	/**
	 * One movement with its lot's donation or purchase, inside the actor's jurisdiction
	 * (the sending or the receiving place); else not found.
	 */
	public MovementView movement(Actor actor, long id) {
		requireKeeper(actor);
		MovementView movement = this.store.movement(id).orElseThrow(() -> new NotFoundException("movement", id));
		boolean visible = (movement.fromPlaceId() != null && covered(actor, movement.fromPlaceId()))
				|| (movement.toPlaceId() != null && covered(actor, movement.toPlaceId()));
		if (!visible) {
			throw new NotFoundException("movement", id);
		}
		return movement;
	}

	private boolean covered(Actor actor, long placeId) {
		return this.store.place(placeId)
			.filter((p) -> this.jurisdictions.covers(actor, p.jurisdictionId()))
			.isPresent();
	}

	private boolean receives(Actor actor, PlaceView place) {
		if (place.checkpointId() != null && actor.has(Role.CHECKPOINT_CREW)
				&& this.crewDuty.serves(actor, place.checkpointId())) {
			return true;
		}
		return actor.hasAny(KEEPERS) && this.jurisdictions.covers(actor, place.jurisdictionId());
	}

	private PlaceView destination(Actor actor, NewMovement request) {
		if (request.toPlaceId() != null) {
			return placeInScope(actor, request.toPlaceId());
		}
		if (request.toCheckpointId() == null) {
			return null;
		}
		CheckpointView checkpoint = this.checkpoints.find(request.toCheckpointId())
			.filter((c) -> this.jurisdictions.covers(actor, c.jurisdictionId()))
			.orElseThrow(() -> InvalidInputException.of("toCheckpointId", "supplies.invalid.place"));
		return this.store.checkpointPlace(checkpoint.id(), checkpoint.name(), checkpoint.jurisdictionId(),
				this.jurisdictions.pathOf(checkpoint.jurisdictionId()));
	}

	PlaceView placeInScope(Actor actor, long placeId) {
		return this.store.place(placeId)
			.filter((p) -> this.jurisdictions.covers(actor, p.jurisdictionId()))
			.orElseThrow(() -> new NotFoundException("place", placeId));
	}

	static void requireKeeper(Actor actor) {
		if (!actor.hasAny(KEEPERS)) {
			throw new ForbiddenException("stock is kept by the HQ, commanders and townships");
		}
	}

}
