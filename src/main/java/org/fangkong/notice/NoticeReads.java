package org.fangkong.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fangkong.notice.NoticeViews.AddresseeView;
import org.fangkong.notice.NoticeViews.NoticeLine;
import org.fangkong.notice.NoticeViews.NoticeView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads notices and their addressees in SQL. */
@Component
class NoticeReads {

	private final JdbcClient jdbc;

	NoticeReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<NoticeView> notice(long id, long readerNode, boolean mayRecord) {
		List<AddresseeView> addressees = this.jdbc
			.sql("select * from notice_addressee where notice_id = :id order by kind, target_name, id")
			.param("id", id)
			.query(NoticeReads::addressee)
			.list();
		List<Long> mine = addressees.stream()
			.filter((a) -> a.kind() == AddresseeKind.NODE && a.targetId() == readerNode)
			.map(AddresseeView::id)
			.toList();
		return this.jdbc.sql("select * from notice where id = :id")
			.param("id", id)
			.query((rs, n) -> new NoticeView(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
					Urgency.valueOf(rs.getString("urgency")), rs.getString("issued_by"),
					rs.getTimestamp("issued_at").toInstant(), addressees, mine, mayRecord))
			.optional();
	}

	boolean inScope(long id, String scopePath) {
		return this.jdbc.sql("select count(*) from notice where id = :id and scope_path like :path")
			.param("id", id)
			.param("path", scopePath + "%")
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The notices issued inside {@code scopePath} (null: none) or addressed to the node,
	 * newest first.
	 */
	List<NoticeLine> lines(String scopePath, long node, int page, int size) {
		return this.jdbc.sql("""
				select n.id, n.title, n.urgency, n.issued_at,
				  (select count(*) from notice_addressee a where a.notice_id = n.id) as addressees,
				  (select count(*) from notice_addressee a where a.notice_id = n.id and a.acknowledged_at is not null)
				    as acknowledged,
				  (select count(*) from notice_addressee a where a.notice_id = n.id and a.acknowledged_at is null
				    and a.reminded_at is not null) as reminded,
				  (select count(*) from notice_addressee a where a.notice_id = n.id and a.kind = 'NODE'
				    and a.target_id = :node and a.acknowledged_at is null) as mine_open
				from notice n
				where (cast(:path as varchar) is not null and n.scope_path like :pathPrefix)
				   or exists (select 1 from notice_addressee a where a.notice_id = n.id and a.kind = 'NODE'
				              and a.target_id = :node)
				order by n.issued_at desc, n.id desc limit :size offset :offset""")
			.param("path", scopePath)
			.param("pathPrefix", (scopePath != null) ? scopePath + "%" : "")
			.param("node", node)
			.param("size", size)
			.param("offset", page * size)
			.query((rs, n) -> new NoticeLine(rs.getLong("id"), rs.getString("title"),
					Urgency.valueOf(rs.getString("urgency")), rs.getTimestamp("issued_at").toInstant(),
					rs.getLong("addressees"), rs.getLong("acknowledged"), rs.getLong("reminded"),
					rs.getLong("mine_open") > 0))
			.list();
	}

	long waiting(long node) {
		return this.jdbc.sql("""
				select count(distinct notice_id) from notice_addressee
				where kind = 'NODE' and target_id = :node and acknowledged_at is null""")
			.param("node", node)
			.query(Long.class)
			.single();
	}

	long overdue(String scopePath) {
		return this.jdbc.sql("""
				select count(*) from notice_addressee a join notice n on n.id = a.notice_id
				where n.scope_path like :path and a.acknowledged_at is null and a.reminded_at is not null""")
			.param("path", scopePath + "%")
			.query(Long.class)
			.single();
	}

	/**
	 * Marks as reminded the silent addressees of the notices of an urgency issued before
	 * {@code issuedBefore}; answers how many.
	 */
	int remind(Urgency urgency, Instant issuedBefore, Instant now) {
		return this.jdbc.sql("""
				update notice_addressee set reminded_at = :now
				where acknowledged_at is null and reminded_at is null and notice_id in
				  (select id from notice where urgency = :urgency and issued_at <= :before)""")
			.param("now", Timestamp.from(now))
			.param("urgency", urgency.name())
			.param("before", Timestamp.from(issuedBefore))
			.update();
	}

	private static AddresseeView addressee(ResultSet rs, int n) throws SQLException {
		Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
		Timestamp reminded = rs.getTimestamp("reminded_at");
		return new AddresseeView(rs.getLong("id"), AddresseeKind.valueOf(rs.getString("kind")), rs.getLong("target_id"),
				rs.getString("target_name"), acknowledged != null,
				(acknowledged != null) ? acknowledged.toInstant() : null, rs.getString("acknowledged_by"),
				(reminded != null) ? reminded.toInstant() : null);
	}

}
