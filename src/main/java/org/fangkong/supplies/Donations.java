package org.fangkong.supplies;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.NotFoundException;
import org.fangkong.supplies.SupplyViews.DonationView;
import org.fangkong.supplies.SupplyViews.PlaceView;
import org.fangkong.supplies.SupplyViews.PublicDisclosure;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Donations (捐赠, R-SUP-1): cash and goods from organisations, companies and people, each
 * with a receipt number; donated goods come into stock at a warehouse as a lot of their
 * own, so every later movement of them traces back here. The HQ and commanders receive
 * donations for the city; a township for its own area.
 */
@Service
@Transactional(readOnly = true)
public class Donations {

	static final int PUBLIC_PAGE = 50;

	static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

	private final JdbcClient jdbc;

	private final StockStore store;

	private final DonationReads reads;

	private final Jurisdictions jurisdictions;

	private final MessageSource messages;

	private final Clock clock;

	Donations(JdbcClient jdbc, StockStore store, DonationReads reads, Jurisdictions jurisdictions,
			MessageSource messages, Clock clock) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.store = store;
		this.reads = reads;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	/** Whether the actor receives and reads donations. */
	public boolean receives(Actor actor) {
		return actor.hasAny(Stock.KEEPERS);
	}

	/**
	 * Receives a donation: cash with its amount, or goods into stock at a warehouse
	 * inside the actor's jurisdiction. Answers the donation with its receipt number.
	 */
	@Transactional
	public DonationView receive(Actor actor, NewDonation request) {
		return receive(actor, request, false);
	}

	@Transactional
	DonationView receive(Actor actor, NewDonation request, boolean demo) {
		requireReceiver(actor);
		PlaceView place = validate(actor, request);
		Instant now = Instant.now(this.clock);
		long node = (place != null) ? place.jurisdictionId() : actor.jurisdictionId();
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into donation (receipt_no, donor_name, donor_kind, anonymous, kind, amount, place_id, note,
				  jurisdiction_id, scope_path, received_at, received_by, demo)
				values (:receipt, :donor, :donorKind, :anonymous, :kind, :amount, :place, :note, :node, :path, :at,
				  :by, :demo)""")
			.param("receipt", "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 28))
			.param("donor", request.donorName().strip())
			.param("donorKind", request.donorKind().name())
			.param("anonymous", Boolean.TRUE.equals(request.anonymous()))
			.param("kind", request.kind().name())
			.param("amount", (request.kind() == DonationKind.CASH) ? request.amount() : null)
			.param("place", (place != null) ? place.id() : null)
			.param("note", request.note())
			.param("node", node)
			.param("path", this.jurisdictions.pathOf(node))
			.param("at", Timestamp.from(now))
			.param("by", actor.username())
			.param("demo", demo)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		this.jdbc.sql("update donation set receipt_no = :receipt where id = :id")
			.param("receipt", receiptNumber(LocalDate.ofInstant(now, this.clock.getZone()), id))
			.param("id", id)
			.update();
		if (request.kind() == DonationKind.GOODS) {
			for (NewDonation.Line line : request.lines()) {
				long movement = this.store.insertMovement(MovementKind.DONATION, line.itemId(), null, place.id(),
						line.quantity(), null, id, null, null, node, now, actor.username(), true, demo);
				this.store.credit(line.itemId(), place.id(), movement, line.quantity());
			}
		}
		return this.reads.get(id).orElseThrow();
	}

	/** One donation inside the actor's jurisdiction; else not found. */
	public DonationView get(Actor actor, long id) {
		requireReceiver(actor);
		return this.reads.get(id)
			.filter((d) -> this.reads.inScope(id, this.jurisdictions.scopePath(actor)))
			.orElseThrow(() -> new NotFoundException("donation", id));
	}

	/** The donations inside the actor's jurisdiction, newest first, a page at a time. */
	public List<DonationView> list(Actor actor, int page, int size) {
		requireReceiver(actor);
		return this.reads.list(this.jurisdictions.scopePath(actor), page, size);
	}

	/** The receipt (收据) as a PDF in Chinese, with the receipt number. */
	public byte[] receipt(Actor actor, long id) {
		return new DonationReceiptPdf(this.messages, this.clock).render(get(actor, id));
	}

	/**
	 * The public disclosure (issue #17 item 3), for anyone: anonymous donors are not
	 * named.
	 */
	public PublicDisclosure publicDisclosure(int page) {
		return this.reads.disclosure(Math.max(0, page), PUBLIC_PAGE);
	}

	/** JZ + the local date + the id: unique, and tells the day at a glance. */
	static String receiptNumber(LocalDate date, long id) {
		return "JZ" + date.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + String.format("%06d", id);
	}

	private PlaceView validate(Actor actor, NewDonation request) {
		List<Violation> violations = new ArrayList<>();
		if (request.donorName() == null || request.donorName().isBlank() || request.donorName().length() > 100) {
			violations.add(new Violation("donorName", "supplies.invalid.donor"));
		}
		if (request.donorKind() == null) {
			violations.add(new Violation("donorKind", "supplies.invalid.donorKind"));
		}
		MovementCheck.text(violations, "note", request.note(), 500);
		PlaceView place = null;
		if (request.kind() == null) {
			violations.add(new Violation("kind", "supplies.invalid.donationKind"));
		}
		else if (request.kind() == DonationKind.CASH) {
			if (request.amount() == null || request.amount().signum() <= 0 || request.amount().compareTo(MAX_AMOUNT) > 0
					|| request.amount().scale() > 2) {
				violations.add(new Violation("amount", "supplies.invalid.amount"));
			}
		}
		else {
			if (request.placeId() == null) {
				violations.add(new Violation("placeId", "supplies.invalid.place"));
			}
			else {
				place = this.store.place(request.placeId())
					.filter((p) -> p.kind() == PlaceKind.WAREHOUSE)
					.filter((p) -> this.jurisdictions.covers(actor, p.jurisdictionId()))
					.orElse(null);
				if (place == null) {
					violations.add(new Violation("placeId", "supplies.invalid.place"));
				}
			}
			List<NewDonation.Line> lines = (request.lines() != null) ? request.lines() : List.of();
			if (lines.isEmpty()) {
				violations.add(new Violation("lines", "supplies.invalid.lines"));
			}
			for (int i = 0; i < lines.size(); i++) {
				NewDonation.Line line = lines.get(i);
				if (line == null || line.itemId() == null || this.store.item(line.itemId()).isEmpty()) {
					violations.add(new Violation("lines[" + i + "].itemId", "supplies.invalid.item"));
				}
				if (line == null || line.quantity() == null || line.quantity() <= 0
						|| line.quantity() > MovementCheck.MAX_QUANTITY) {
					violations.add(new Violation("lines[" + i + "].quantity", "supplies.invalid.quantity",
							MovementCheck.MAX_QUANTITY));
				}
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return place;
	}

	private static void requireReceiver(Actor actor) {
		if (!actor.hasAny(Stock.KEEPERS)) {
			throw new ForbiddenException("donations are received by the HQ, commanders and townships");
		}
	}

}
