package org.fangkong.supplies;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fangkong.supplies.SupplyViews.DonationLine;
import org.fangkong.supplies.SupplyViews.DonationView;
import org.fangkong.supplies.SupplyViews.PublicDestination;
import org.fangkong.supplies.SupplyViews.PublicDisclosure;
import org.fangkong.supplies.SupplyViews.PublicDonation;
import org.fangkong.supplies.SupplyViews.PublicItemTotal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads donations in SQL: for the staff, and the public disclosure. */
@Component
class DonationReads {

	private static final String SELECT = """
			select d.*, p.name as place_name from donation d left join supply_place p on p.id = d.place_id
			""";

	private final JdbcClient jdbc;

	DonationReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DonationView> get(long id) {
		List<DonationView> found = withLines(
				this.jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(DonationReads::donation).list());
		return found.stream().findFirst();
	}

	boolean inScope(long id, String scopePath) {
		return this.jdbc.sql("select count(*) from donation where id = :id and scope_path like :path")
			.param("id", id)
			.param("path", scopePath + "%")
			.query(Long.class)
			.single() > 0;
	}

	List<DonationView> list(String scopePath, int page, int size) {
		return withLines(this.jdbc.sql(SELECT
				+ " where d.scope_path like :path order by d.received_at desc, d.id desc limit :size offset :offset")
			.param("path", scopePath + "%")
			.param("size", size)
			.param("offset", page * size)
			.query(DonationReads::donation)
			.list());
	}

	/**
	 * What the public page shows (issue #17 item 3): every donation with its donor, or
	 * none for an anonymous one (the name never reaches the page), the totals of donated
	 * goods by item, and where the donated goods went (purchases are not shown). Page
	 * {@code page} of {@code size} donations.
	 */
	PublicDisclosure disclosure(int page, int size) {
		List<DonationView> donations = withLines(
				this.jdbc.sql(SELECT + " order by d.received_at desc, d.id desc limit :size offset :offset")
					.param("size", size + 1)
					.param("offset", page * size)
					.query(DonationReads::donation)
					.list());
		boolean hasNext = donations.size() > size;
		List<PublicDonation> shown = donations.stream()
			.limit(size)
			.map((d) -> new PublicDonation(d.receiptNo(), d.anonymous() ? null : d.donorName(),
					d.anonymous() ? null : d.donorKind(), d.kind(), d.amount(), d.receivedAt(), d.lines()))
			.toList();
		BigDecimal cash = this.jdbc.sql("select coalesce(sum(amount), 0) from donation where kind = 'CASH'")
			.query(BigDecimal.class)
			.single();
		boolean en = StockStore.english();
		List<PublicItemTotal> totals = this.jdbc.sql("""
				select i.name_zh, i.name_en, i.unit_zh, i.unit_en,
				  coalesce(sum(case when m.kind = 'DONATION' then m.quantity end), 0) as received,
				  coalesce(sum(case when m.kind = 'DISTRIBUTION' then m.quantity end), 0) as distributed
				from stock_movement m join supply_item i on i.id = m.item_id join stock_movement l on l.id = m.lot_id
				where l.donation_id is not null
				group by i.id, i.name_zh, i.name_en, i.unit_zh, i.unit_en order by i.id""")
			.query((rs, n) -> new PublicItemTotal(rs.getString(en ? "name_en" : "name_zh"),
					rs.getString(en ? "unit_en" : "unit_zh"), rs.getLong("received"), rs.getLong("distributed")))
			.list();
		List<PublicDestination> destinations = this.jdbc.sql("""
				select t.name, t.kind, i.name_zh, i.name_en, i.unit_zh, i.unit_en, sum(m.quantity) as quantity
				from stock_movement m join supply_place t on t.id = m.to_place_id join supply_item i on i.id = m.item_id
				join stock_movement l on l.id = m.lot_id
				where m.kind = 'DISTRIBUTION' and l.donation_id is not null
				group by t.id, t.name, t.kind, i.id, i.name_zh, i.name_en, i.unit_zh, i.unit_en
				order by t.name, t.id, i.id""")
			.query((rs, n) -> new PublicDestination(rs.getString("name"), PlaceKind.valueOf(rs.getString("kind")),
					rs.getString(en ? "name_en" : "name_zh"), rs.getString(en ? "unit_en" : "unit_zh"),
					rs.getLong("quantity")))
			.list();
		return new PublicDisclosure(cash, totals, shown, destinations, page, hasNext);
	}

	private List<DonationView> withLines(List<DonationView> donations) {
		if (donations.isEmpty()) {
			return donations;
		}
		Collection<Long> ids = donations.stream().map(DonationView::id).toList();
		boolean en = StockStore.english();
		Map<Long, List<DonationLine>> lines = new LinkedHashMap<>();
		this.jdbc.sql("""
				select m.donation_id, i.id, i.name_zh, i.name_en, i.unit_zh, i.unit_en, sum(m.quantity) as quantity
				from stock_movement m join supply_item i on i.id = m.item_id
				where m.kind = 'DONATION' and m.donation_id in (:ids)
				group by m.donation_id, i.id, i.name_zh, i.name_en, i.unit_zh, i.unit_en order by i.id""")
			.param("ids", ids)
			.query((rs) -> {
				lines.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new DonationLine(rs.getLong(2), rs.getString(en ? "name_en" : "name_zh"),
							rs.getString(en ? "unit_en" : "unit_zh"), rs.getLong("quantity")));
			});
		return donations.stream()
			.map((d) -> new DonationView(d.id(), d.receiptNo(), d.donorName(), d.donorKind(), d.anonymous(), d.kind(),
					d.amount(), d.placeId(), d.placeName(), d.note(), d.receivedAt(), d.receivedBy(),
					lines.getOrDefault(d.id(), List.of())))
			.toList();
	}

	private static DonationView donation(ResultSet rs, int n) throws SQLException {
		return new DonationView(rs.getLong("id"), rs.getString("receipt_no"), rs.getString("donor_name"),
				DonorKind.valueOf(rs.getString("donor_kind")), rs.getBoolean("anonymous"),
				DonationKind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount"),
				StockStore.nullable(rs, "place_id"), rs.getString("place_name"), rs.getString("note"),
				rs.getTimestamp("received_at").toInstant(), rs.getString("received_by"), List.of());
	}

}
