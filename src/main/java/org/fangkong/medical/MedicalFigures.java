package org.fangkong.medical;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
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

	/**
	 * Every figure in one statement (one round trip, one plan), as in checkpoint's
	 * figures: rows of (figure, key, a, b) joined by {@code union all}.
	 */
	private static final String STATEMENT = """
			select cast('window' as varchar(10)) f, cast(status as varchar(40)) k, count(*) a, cast(0 as bigint) b
			  from referral where jurisdiction_id = any(:ids) and detected_at >= :from and detected_at < :to
			  group by status
			union all
			select 'open', '', count(*), 0 from referral where jurisdiction_id = any(:ids) and detected_at < :to
			  and (status = 'OPEN' or handled_at >= :to)
			union all
			select 'status', status, count(*), 0 from referral where jurisdiction_id = any(:ids)
			  and detected_at < :to group by status
			union all
			select 'outcome', outcome, count(*), 0 from referral where jurisdiction_id = any(:ids)
			  and outcome is not null and outcome_at >= :from and outcome_at < :to group by outcome
			union all
			select 'overdue', '', count(*), 0 from referral where jurisdiction_id = any(:ids)
			  and status = 'OPEN' and detected_at < :overdueBefore
			union all
			select 'beds', b.kind, cast(sum(b.capacity) as bigint), cast(sum(b.occupied) as bigint)
			  from medical_facility_bed b join medical_facility f on f.id = b.facility_id
			  where f.jurisdiction_id = any(:ids) group by b.kind
			""";

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
		Map<String, Map<String, long[]>> rows = new HashMap<>();
		if (!window.jurisdictionIds().isEmpty()) {
			MapSqlParameterSource params = new MapSqlParameterSource().addValue("ids", window.ids())
				.addValue("from", Timestamp.from(window.from()))
				.addValue("to", Timestamp.from(window.to()))
				.addValue("overdueBefore", Timestamp.from(window.to().minus(this.settings.receiveWithin())));
			this.jdbc.query(STATEMENT, params, (rs) -> {
				rows.computeIfAbsent(rs.getString(1), (k) -> new HashMap<>())
					.put(rs.getString(2), new long[] { rs.getLong(3), rs.getLong(4) });
			});
		}
		List<Figure> figures = new ArrayList<>();
		long total = 0;
		for (ReferralStatus status : ReferralStatus.values()) {
			long value = value(rows, "window", status.name(), 0);
			figures.add(new Figure("referrals." + status.name(), value));
			total += value;
		}
		figures.add(new Figure("referrals", total));
		figures.add(new Figure("openReferrals", value(rows, "open", "", 0)));
		for (ReferralStatus status : ReferralStatus.values()) {
			figures.add(new Figure("medical.referrals." + status.name(), value(rows, "status", status.name(), 0)));
		}
		figures.add(new Figure("medical.referrals.overdue", value(rows, "overdue", "", 0)));
		long outcomes = 0;
		for (ReferralOutcome outcome : ReferralOutcome.values()) {
			outcomes += value(rows, "outcome", outcome.name(), 0);
		}
		figures.add(new Figure("medical.outcomesToday", outcomes));
		for (ReferralOutcome outcome : ReferralOutcome.values()) {
			figures
				.add(new Figure("medical.outcomesToday." + outcome.name(), value(rows, "outcome", outcome.name(), 0)));
		}
		beds(figures, rows);
		return figures;
	}

	private static long value(Map<String, Map<String, long[]>> rows, String figure, String key, int column) {
		long[] values = rows.getOrDefault(figure, Map.of()).get(key);
		return (values != null) ? values[column] : 0;
	}

	private static void beds(List<Figure> figures, Map<String, Map<String, long[]>> rows) {
		long capacity = 0;
		long occupied = 0;
		for (BedKind kind : BedKind.values()) {
			long kindCapacity = value(rows, "beds", kind.name(), 0);
			long kindOccupied = value(rows, "beds", kind.name(), 1);
			capacity += kindCapacity;
			occupied += kindOccupied;
			figures.add(new Figure("medical.beds.occupied." + kind.name(), kindOccupied));
			figures.add(new Figure("medical.beds.free." + kind.name(), kindCapacity - kindOccupied));
		}
		figures.add(new Figure("medical.beds.capacity", capacity));
		figures.add(new Figure("medical.beds.occupied", occupied));
		figures.add(new Figure("medical.beds.free", capacity - occupied));
	}

}
