package org.fangkong.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.fangkong.notice.NoticeViews.NoticeView;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A notice's attachments (issue #17 item 4), within the upload limits (SECURITY.md UP1):
 * at most {@code fangkong.notice.attachments-max} (5) files a notice, each at most
 * {@code fangkong.notice.attachment-max-bytes} (10 MB, the multipart limit), and only a
 * PDF, a JPEG or PNG image, or an Office file (.docx, .xlsx), recognised by its content —
 * the name and the declared type are not trusted. Stored in the database under a
 * generated id; read by whoever may read the notice (others: 404), added by the HQ over
 * it.
 */
@Service
@Transactional(readOnly = true)
public class NoticeAttachments {

	private final JdbcClient jdbc;

	private final Notices notices;

	private final Clock clock;

	private final long maxBytes;

	private final int maxFiles;

	NoticeAttachments(JdbcClient jdbc, Notices notices, Clock clock,
			@Value("${fangkong.notice.attachment-max-bytes:10485760}") long maxBytes,
			@Value("${fangkong.notice.attachments-max:5}") int maxFiles) {
		this.jdbc = jdbc;
		this.notices = notices;
		this.clock = clock;
		this.maxBytes = maxBytes;
		this.maxFiles = maxFiles;
	}

	/** The attachments of a notice the actor may read. */
	public List<AttachmentView> list(Actor actor, long noticeId) {
		this.notices.get(actor, noticeId);
		return of(noticeId);
	}

	/** The attachments of a notice already checked. */
	List<AttachmentView> of(long noticeId) {
		return this.jdbc.sql(
				"select id, file_name, kind, size_bytes, added_at from notice_attachment where notice_id = :n order by id")
			.param("n", noticeId)
			.query((rs, i) -> new AttachmentView(rs.getLong(1), rs.getString(2), Kind.valueOf(rs.getString(3)),
					rs.getLong(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** Whether the actor may attach files to the notice (the HQ over it). */
	public boolean mayAttach(Actor actor, NoticeView notice) {
		return notice.mayRecord();
	}

	/**
	 * Issues a notice with its files in one step: a file refused (too large, too many,
	 * not of an accepted kind) refuses the whole notice and nothing is issued.
	 */
	@Transactional
	public long issue(Actor actor, NewNotice notice, List<Upload> files) {
		long id = this.notices.issue(actor, notice);
		for (Upload file : files) {
			attach(actor, id, file.fileName(), file.content());
		}
		return id;
	}

	/** Attaches a file to a notice of the actor's HQ; answers it. */
	@Transactional
	public AttachmentView attach(Actor actor, long noticeId, String fileName, byte[] content) {
		NoticeView notice = this.notices.get(actor, noticeId);
		if (!mayAttach(actor, notice)) {
			throw new ForbiddenException("attachments are added by the HQ of the notice");
		}
		if (content == null || content.length == 0) {
			throw InvalidInputException.of("file", "validation.required");
		}
		if (content.length > this.maxBytes) {
			throw InvalidInputException.of("file", "notice.attachment.tooLarge", this.maxBytes / (1024 * 1024));
		}
		Kind kind = Kind.of(content);
		if (kind == null) {
			throw InvalidInputException.of("file", "notice.attachment.kind");
		}
		long count = this.jdbc.sql("select count(*) from notice_attachment where notice_id = :n")
			.param("n", noticeId)
			.query(Long.class)
			.single();
		if (count >= this.maxFiles) {
			throw InvalidInputException.of("file", "notice.attachment.tooMany", this.maxFiles);
		}
		String name = safeName(fileName, kind);
		Instant now = Instant.now(this.clock);
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into notice_attachment (notice_id, file_name, kind, size_bytes, content, added_by, added_at)
				values (:n, :name, :kind, :size, :content, :by, :at)""")
			.param("n", noticeId)
			.param("name", name)
			.param("kind", kind.name())
			.param("size", (long) content.length)
			.param("content", content)
			.param("by", actor.username())
			.param("at", Timestamp.from(now))
			.update(key, "id");
		return new AttachmentView(key.getKeyAs(Number.class).longValue(), name, kind, content.length, now);
	}

	/** One attachment's file, for whoever may read the notice; otherwise 404. */
	public AttachmentFile read(Actor actor, long noticeId, long attachmentId) {
		this.notices.get(actor, noticeId);
		return this.jdbc.sql("select file_name, kind, content from notice_attachment where id = :id and notice_id = :n")
			.param("id", attachmentId)
			.param("n", noticeId)
			.query((rs, i) -> new AttachmentFile(rs.getString(1), Kind.valueOf(rs.getString(2)), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
	}

	/**
	 * The name shown and sent: the file's own name without any path or control
	 * characters, at most 200 characters, ending in the extension of the kind found.
	 */
	static String safeName(String fileName, Kind kind) {
		String name = (fileName != null) ? fileName : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
			.replaceAll("[\\p{Cntrl}\"<>:|?*]", "")
			.strip();
		int dot = name.lastIndexOf('.');
		String base = (dot > 0) ? name.substring(0, dot) : name;
		if (base.isBlank()) {
			base = "attachment";
		}
		String extension = "." + kind.extension();
		return ((base.length() + extension.length() > 200) ? base.substring(0, 200 - extension.length()) : base)
				+ extension;
	}

	/** The kinds of file a notice may carry, recognised by their first bytes. */
	public enum Kind {

		PDF("pdf", "application/pdf"), JPEG("jpg", "image/jpeg"), PNG("png", "image/png"),
		DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
		XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

		private final String extension;

		private final String mediaType;

		Kind(String extension, String mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		public String extension() {
			return this.extension;
		}

		public String mediaType() {
			return this.mediaType;
		}

		static Kind of(byte[] content) {
			if (starts(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
				return PDF;
			}
			if (starts(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
				return JPEG;
			}
			if (starts(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' })) {
				return PNG;
			}
			if (starts(content, new byte[] { 'P', 'K', 3, 4 })) {
				// an Office Open XML package names its main part among the first entries
				String head = new String(content, 0, Math.min(content.length, 64 * 1024),
						java.nio.charset.StandardCharsets.ISO_8859_1);
				if (head.contains("word/")) {
					return DOCX;
				}
				if (head.contains("xl/")) {
					return XLSX;
				}
			}
			return null;
		}

		private static boolean starts(byte[] content, byte[] magic) {
			return content.length >= magic.length && Arrays.equals(Arrays.copyOfRange(content, 0, magic.length), magic);
		}

	}

	/** An attachment as lists show it. */
	public record AttachmentView(long id, String fileName, Kind kind, long sizeBytes, Instant addedAt) {

		/** The size in KB, rounded up, for the page. */
		public long sizeKb() {
			return (this.sizeBytes + 1023) / 1024;
		}

	}

	/** A file as sent. */
	public record Upload(String fileName, byte[] content) {

	}

	/** An attachment's file. */
	public record AttachmentFile(String fileName, Kind kind, byte[] content) {

	}

}
