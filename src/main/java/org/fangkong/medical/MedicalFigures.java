package org.fangkong.medical;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fangkong.shared.platform.Figure;
import org.fangkong.shared.platform.FigureContributor;
import org.fangkong.shared.platform.FigureLink;
import org.fangkong.shared.platform.FigureWindow;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The medical figures of the daily report and the dashboard (issue #10 item 3: referrals
 * and their state), for the referrals whose node (the checkpoint's node, or the grid of a
 * daily check) is in the window's set.
 * <ul>
 * <li>{@code referrals.<STATUS>} for each {@link ReferralStatus}, and {@code referrals}
 * in all: the referrals made in the window (by {@code detected_at}, the time the fever
 * was found), by the state they are in now;
 * <li>{@code openReferrals}: referrals open at the window's end: found before it, and not
 * received by the clinic before it ({@code handled_at}).
 * <li>{@code medical.referrals.<STATUS>} (issue #12 item 4): the referrals found before
 * the window's end, by the state they are in now; {@code medical.referrals.overdue}:
 * those still open that were found longer than {@code fangkong.medical.receive-within}
 * before the window's end;
 * <li>{@code medical.outcomesToday} and {@code medical.outcomesToday.<OUTCOME>}: outcomes
 * given in the window ({@code outcome_at}), by the referral's outcome now;
 * <li>{@code medical.beds.capacity|occupied|free} and
 * {@code medical.beds.occupied|free.<KIND>}: the beds of the facilities whose node is in
 * the set, as they are now (a bed count has no history).
 * </ul>
 */
@Component
class MedicalFigures implements FigureContributor {

	private final NamedParameterJdbcTemplate jdbc;

	private final MedicalSettings settings;

	MedicalFigures(NamedParameterJdbcTemplate jdbc, MedicalSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	public List<FigureLink> links(long nodeId) {
		List<FigureLink> links = new ArrayList<>();
		for (ReferralStatus status : ReferralStatus.values()) {
			links.add(new FigureLink("medical.referrals." + status.name(), "medical",
					"/medical/referrals?status=" + status.name()));
		}
		links.add(new FigureLink("medical.referrals.overdue", "medical", "/medical/referrals?overdue=true"));
		for (String code : List.of("medical.beds.capacity", "medical.beds.occupied", "medical.beds.free")) {
			links.add(new FigureLink(code, "medical", "/medical/facilities"));
		}
		return links;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public List<Figure> figures(FigureWindow window) {
		boolean none = window.jurisdictionIds().isEmpty();
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("ids", window.ids())
			.addValue("from", Timestamp.from(window.from()))
			.addValue("to", Timestamp.from(window.to()));
		Map<ReferralStatus, Long> byStatus = new EnumMap<>(ReferralStatus.class);
		if (!none) {
			this.jdbc.query("select status, count(*) from referral where jurisdiction_id = any(:ids)"
					+ " and detected_at >= :from and detected_at < :to group by status", params, (rs) -> {
						byStatus.put(ReferralStatus.valueOf(rs.getString(1)), rs.getLong(2));
					});
		}
		List<Figure> figures = new ArrayList<>();
		long total = 0;
		for (ReferralStatus status : ReferralStatus.values()) {
			long value = byStatus.getOrDefault(status, 0L);
			figures.add(new Figure("referrals." + status.name(), value));
			total += value;
		}
		figures.add(new Figure("referrals", total));
		Long open = none ? Long.valueOf(0) : this.jdbc.queryForObject("""
				select count(*) from referral where jurisdiction_id = any(:ids) and detected_at < :to
				  and (status = 'OPEN' or handled_at >= :to)
				""", params, Long.class);
		figures.add(new Figure("openReferrals", (open != null) ? open : 0));
		path(figures,
				params.addValue("overdueBefore", Timestamp.from(window.to().minus(this.settings.receiveWithin()))),
				none);
		beds(figures, params, none);
		return figures;
	}

	private void path(List<Figure> figures, MapSqlParameterSource params, boolean none) {
		Map<ReferralStatus, Long> byStatus = new EnumMap<>(ReferralStatus.class);
		Map<ReferralOutcome, Long> outcomes = new EnumMap<>(ReferralOutcome.class);
		long overdue = 0;
		if (!none) {
			this.jdbc.query("select status, count(*) from referral where jurisdiction_id = any(:ids)"
					+ " and detected_at < :to group by status", params, (rs) -> {
						byStatus.put(ReferralStatus.valueOf(rs.getString(1)), rs.getLong(2));
					});
			this.jdbc.query("select outcome, count(*) from referral where jurisdiction_id = any(:ids)"
					+ " and outcome_at >= :from and outcome_at < :to group by outcome", params, (rs) -> {
						outcomes.put(ReferralOutcome.valueOf(rs.getString(1)), rs.getLong(2));
					});
			Long late = this.jdbc.queryForObject("select count(*) from referral where jurisdiction_id = any(:ids)"
					+ " and status = 'OPEN' and detected_at < :overdueBefore", params, Long.class);
			overdue = (late != null) ? late : 0;
		}
		for (ReferralStatus status : ReferralStatus.values()) {
			figures.add(new Figure("medical.referrals." + status.name(), byStatus.getOrDefault(status, 0L)));
		}
		figures.add(new Figure("medical.referrals.overdue", overdue));
		figures.add(new Figure("medical.outcomesToday", outcomes.values().stream().mapToLong(Long::longValue).sum()));
		for (ReferralOutcome outcome : ReferralOutcome.values()) {
			figures.add(new Figure("medical.outcomesToday." + outcome.name(), outcomes.getOrDefault(outcome, 0L)));
		}
	}

	private void beds(List<Figure> figures, MapSqlParameterSource params, boolean none) {
		Map<BedKind, long[]> byKind = new EnumMap<>(BedKind.class);
		if (!none) {
			this.jdbc.query("select b.kind, sum(b.capacity), sum(b.occupied) from medical_facility_bed b"
					+ " join medical_facility f on f.id = b.facility_id where f.jurisdiction_id = any(:ids)"
					+ " group by b.kind", params, (rs) -> {
						byKind.put(BedKind.valueOf(rs.getString(1)), new long[] { rs.getLong(2), rs.getLong(3) });
					});
		}
		long capacity = 0;
		long occupied = 0;
		for (BedKind kind : BedKind.values()) {
			long[] counts = byKind.getOrDefault(kind, new long[2]);
			capacity += counts[0];
			occupied += counts[1];
			figures.add(new Figure("medical.beds.occupied." + kind.name(), counts[1]));
			figures.add(new Figure("medical.beds.free." + kind.name(), counts[0] - counts[1]));
		}
		figures.add(new Figure("medical.beds.capacity", capacity));
		figures.add(new Figure("medical.beds.occupied", occupied));
		figures.add(new Figure("medical.beds.free", capacity - occupied));
	}

}
