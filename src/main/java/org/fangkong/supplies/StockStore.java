package org.fangkong.supplies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fangkong.supplies.SupplyViews.ItemView;
import org.fangkong.supplies.SupplyViews.MovementView;
import org.fangkong.supplies.SupplyViews.PlaceView;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The supplies tables in SQL. Stock changes only through {@link #withdraw} (one
 * conditional update that never lets a row go below zero, whatever runs beside it) and
 * {@link #credit}.
 */
@Component
class StockStore {

	static final String MOVEMENT_SELECT = """
			select m.*, i.name_zh, i.name_en, i.unit_zh, i.unit_en, f.name as from_name, t.name as to_name,
			       l.donation_id as lot_donation, l.purchase_ref as lot_purchase, d.receipt_no
			from stock_movement m join supply_item i on i.id = m.item_id
			left join supply_place f on f.id = m.from_place_id left join supply_place t on t.id = m.to_place_id
			join stock_movement l on l.id = m.lot_id left join donation d on d.id = l.donation_id
			""";

	private final JdbcClient jdbc;

	StockStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static boolean english() {
		Locale locale = LocaleContextHolder.getLocale();
		return "en".equals(locale.getLanguage());
	}

	List<ItemView> items() {
		return this.jdbc.sql("select * from supply_item order by id").query(StockStore::item).list();
	}

	Optional<ItemView> item(long id) {
		return this.jdbc.sql("select * from supply_item where id = :id")
			.param("id", id)
			.query(StockStore::item)
			.optional();
	}

	Optional<ItemView> itemByCode(String code) {
		return this.jdbc.sql("select * from supply_item where code = :code")
			.param("code", code)
			.query(StockStore::item)
			.optional();
	}

	Optional<PlaceView> place(long id) {
		return this.jdbc.sql("select * from supply_place where id = :id")
			.param("id", id)
			.query(StockStore::place)
			.optional();
	}

	Optional<PlaceView> placeOfCheckpoint(long checkpointId) {
		return this.jdbc.sql("select * from supply_place where checkpoint_id = :id")
			.param("id", checkpointId)
			.query(StockStore::place)
			.optional();
	}

	List<PlaceView> places(String scopePath) {
		return this.jdbc.sql("select * from supply_place where scope_path like :path order by kind desc, name, id")
			.param("path", scopePath + "%")
			.query(StockStore::place)
			.list();
	}

	long insertPlace(String name, PlaceKind kind, Long checkpointId, long jurisdictionId, String scopePath,
			boolean demo) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into supply_place (name, kind, checkpoint_id, jurisdiction_id, scope_path, demo)
				values (:name, :kind, :checkpoint, :node, :path, :demo)""")
			.param("name", name)
			.param("kind", kind.name())
			.param("checkpoint", checkpointId)
			.param("node", jurisdictionId)
			.param("path", scopePath)
			.param("demo", demo)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	long demoPlaces() {
		return this.jdbc.sql("select count(*) from supply_place where demo").query(Long.class).single();
	}

	/** The place of a checkpoint, made on first use. */
	PlaceView checkpointPlace(long checkpointId, String name, long jurisdictionId, String scopePath) {
		this.jdbc.sql("""
				insert into supply_place (name, kind, checkpoint_id, jurisdiction_id, scope_path)
				values (:name, 'CHECKPOINT', :checkpoint, :node, :path) on conflict do nothing""")
			.param("name", name)
			.param("checkpoint", checkpointId)
			.param("node", jurisdictionId)
			.param("path", scopePath)
			.update();
		return placeOfCheckpoint(checkpointId).orElseThrow();
	}

	/** Records a movement; an inbound one becomes its own lot. */
	long insertMovement(MovementKind kind, long itemId, Long from, Long to, long quantity, Long lotId, Long donationId,
			String purchaseRef, String note, long jurisdictionId, Instant at, String by, boolean confirmed,
			boolean demo) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into stock_movement (kind, item_id, from_place_id, to_place_id, quantity, lot_id, donation_id,
				  purchase_ref, note, jurisdiction_id, moved_at, moved_by, confirmed_at, confirmed_by, demo)
				values (:kind, :item, :from, :to, :quantity, :lot, :donation, :purchase, :note, :node, :at, :by,
				  :confirmedAt, :confirmedBy, :demo)""")
			.param("kind", kind.name())
			.param("item", itemId)
			.param("from", from)
			.param("to", to)
			.param("quantity", quantity)
			.param("lot", lotId)
			.param("donation", donationId)
			.param("purchase", purchaseRef)
			.param("note", note)
			.param("node", jurisdictionId)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("confirmedAt", confirmed ? Timestamp.from(at) : null)
			.param("confirmedBy", confirmed ? by : null)
			.param("demo", demo)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		if (lotId == null) {
			this.jdbc.sql("update stock_movement set lot_id = id where id = :id").param("id", id).update();
		}
		return id;
	}

	/** The lots of an item at a place with goods on hand, oldest first. */
	List<long[]> lots(long itemId, long placeId, Long donationId) {
		return this.jdbc.sql("""
				select s.id, s.lot_id, s.quantity from stock s join stock_movement l on l.id = s.lot_id
				where s.item_id = :item and s.place_id = :place and s.quantity > 0
				  and (cast(:donation as bigint) is null or l.donation_id = :donation)
				order by s.lot_id""")
			.param("item", itemId)
			.param("place", placeId)
			.param("donation", donationId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.list();
	}

	/**
	 * Takes {@code quantity} from one stock row if it holds that many: true when taken.
	 * One statement, so two withdrawals can never both take the last goods.
	 */
	boolean withdraw(long stockId, long quantity) {
		return this.jdbc.sql("update stock set quantity = quantity - :n where id = :id and quantity >= :n")
			.param("n", quantity)
			.param("id", stockId)
			.update() == 1;
	}

	long onHand(long stockId) {
		return this.jdbc.sql("select quantity from stock where id = :id")
			.param("id", stockId)
			.query(Long.class)
			.single();
	}

	/** Adds goods of a lot to a place. */
	void credit(long itemId, long placeId, long lotId, long quantity) {
		this.jdbc.sql("""
				insert into stock (item_id, place_id, lot_id, quantity) values (:item, :place, :lot, 0)
				on conflict do nothing""").param("item", itemId).param("place", placeId).param("lot", lotId).update();
		this.jdbc
			.sql("update stock set quantity = quantity + :n where item_id = :item and place_id = :place"
					+ " and lot_id = :lot")
			.param("n", quantity)
			.param("item", itemId)
			.param("place", placeId)
			.param("lot", lotId)
			.update();
	}

	Optional<MovementView> movement(long id) {
		return this.jdbc.sql(MOVEMENT_SELECT + " where m.id = :id")
			.param("id", id)
			.query(StockStore::movement)
			.optional();
	}

	List<MovementView> movements(String where, java.util.Map<String, ?> params, int limit) {
		return this.jdbc
			.sql(MOVEMENT_SELECT + " where " + where + " order by m.moved_at desc, m.id desc limit " + limit)
			.params(params)
			.query(StockStore::movement)
			.list();
	}

	boolean confirm(long movementId, Instant at, String by) {
		return this.jdbc.sql("""
				update stock_movement set confirmed_at = :at, confirmed_by = :by
				where id = :id and confirmed_at is null""")
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("id", movementId)
			.update() == 1;
	}

	static ItemView item(ResultSet rs, int n) throws SQLException {
		boolean en = english();
		return new ItemView(rs.getLong("id"), rs.getString("code"), rs.getString(en ? "name_en" : "name_zh"),
				rs.getString(en ? "unit_en" : "unit_zh"), rs.getLong("low_level"));
	}

	static PlaceView place(ResultSet rs, int n) throws SQLException {
		Long checkpoint = nullable(rs, "checkpoint_id");
		return new PlaceView(rs.getLong("id"), rs.getString("name"), PlaceKind.valueOf(rs.getString("kind")),
				checkpoint, rs.getLong("jurisdiction_id"));
	}

	static MovementView movement(ResultSet rs, int n) throws SQLException {
		boolean en = english();
		Timestamp confirmed = rs.getTimestamp("confirmed_at");
		return new MovementView(rs.getLong("id"), MovementKind.valueOf(rs.getString("kind")), rs.getLong("item_id"),
				rs.getString(en ? "name_en" : "name_zh"), rs.getString(en ? "unit_en" : "unit_zh"),
				nullable(rs, "from_place_id"), rs.getString("from_name"), nullable(rs, "to_place_id"),
				rs.getString("to_name"), rs.getLong("quantity"), rs.getLong("lot_id"), nullable(rs, "lot_donation"),
				rs.getString("receipt_no"), rs.getString("lot_purchase"), rs.getTimestamp("moved_at").toInstant(),
				rs.getString("moved_by"), (confirmed != null) ? confirmed.toInstant() : null,
				rs.getString("confirmed_by"));
	}

	static Long nullable(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
