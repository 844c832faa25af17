package org.fangkong.notice;

import org.fangkong.shared.Actor;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo notices (the Tieli demo data set): the same checks as {@link Notices#issue},
 * marked as demo data. Only the modules allowed the {@code seeding} interface may call
 * it.
 */
@Service
@NamedInterface("seeding")
@Transactional
public class NoticeSeeding {

	private final Notices notices;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	NoticeSeeding(Notices notices, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.notices = notices;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public boolean seeded() {
		return this.jdbc.sql("select count(*) from notice where demo").query(Long.class).single() > 0;
	}

	public long issue(Actor actor, NewNotice notice) {
		return this.notices.issue(actor, notice, true);
	}

}
