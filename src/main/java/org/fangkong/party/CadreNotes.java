package org.fangkong.party;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.party.PartyViews.CadreNote;
import org.fangkong.party.PartyViews.NewCadreNote;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes on how cadres performed at the front (干部表现, R-CMD-5): written and read only by
 * commanders and the organisation group; every read is audited ({@link PartyAudit}).
 */
@Service
@Transactional(readOnly = true)
public class CadreNotes {

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final Jurisdictions jurisdictions;

	private final AuditTrail audit;

	private final Clock clock;

	CadreNotes(JdbcClient jdbc, PartyAccess access, Jurisdictions jurisdictions, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.jurisdictions = jurisdictions;
		this.audit = audit;
		this.clock = clock;
	}

	/** The notes inside the actor's jurisdiction, newest first; the read is audited. */
	@Transactional
	public List<CadreNote> list(Actor actor) {
		require(actor);
		List<CadreNote> notes = this.jdbc
			.sql("select * from cadre_note where scope_path like :path order by written_at desc, id desc limit 500")
			.param("path", this.jurisdictions.scopePath(actor) + "%")
			.query((rs, n) -> new CadreNote(rs.getLong("id"), rs.getString("cadre_name"), rs.getString("position"),
					rs.getString("note"), rs.getString("written_by"), rs.getTimestamp("written_at").toInstant()))
			.list();
		this.audit.record(PartyAudit.CADRE_NOTES_READ, "cadre_note", null, AuditTrail.SUCCESS, "rows=" + notes.size());
		return notes;
	}

	@Transactional
	public void write(Actor actor, NewCadreNote note) {
		require(actor);
		if (note.cadreName() == null || note.cadreName().isBlank() || note.cadreName().length() > 50
				|| note.note() == null || note.note().isBlank() || note.note().length() > 2000
				|| (note.position() != null && note.position().length() > 100)) {
			throw InvalidInputException.of("note", "party.invalid.note");
		}
		this.jdbc.sql("""
				insert into cadre_note (cadre_name, position, note, written_by, written_at, jurisdiction_id, scope_path)
				values (:name, :position, :note, :by, :at, :node, :path)""")
			.param("name", note.cadreName().strip())
			.param("position", note.position())
			.param("note", note.note().strip())
			.param("by", actor.username())
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.param("node", actor.jurisdictionId())
			.param("path", this.jurisdictions.scopePath(actor))
			.update();
		this.audit.record(PartyAudit.CADRE_NOTE_WRITTEN, "cadre_note", null, AuditTrail.SUCCESS, null);
	}

	/** Whether the actor reads the notes (the page's link). */
	public boolean reads(Actor actor) {
		return this.access.keeps(actor);
	}

	private void require(Actor actor) {
		if (!this.access.keeps(actor)) {
			throw new ForbiddenException("notes on cadres are for commanders and the organisation group");
		}
	}

}
