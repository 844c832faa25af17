package org.fangkong.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.platform.AuditCode;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the audit trail. Each entry is written in a transaction of its own, so
 * that a denial or failure is recorded even when the work around it rolls back.
 */
@Service
public class AuditTrail {

	public static final String SUCCESS = "SUCCESS";

	public static final String FAILURE = "FAILURE";

	public static final String DENIED = "DENIED";

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditTrail(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Records what the current user did. {@code detail} must not hold personal data: ids
	 * and counts only.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditCode action, String targetType, Object targetId, String outcome, String detail) {
		String actor = CurrentActor.find().map((a) -> a.username()).orElse(null);
		recordAs(actor, action, targetType, targetId, outcome, detail);
	}

	/**
	 * Records what a named user did, for events where no one is logged in yet (a login, a
	 * failure).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordAs(String actor, AuditCode action, String targetType, Object targetId, String outcome,
			String detail) {
		this.entries.save(new AuditEntry(Instant.now(this.clock), actor, action.name(), targetType,
				(targetId != null) ? targetId.toString() : null, outcome, clientIp(), detail));
	}

	@Transactional(readOnly = true)
	public Page<EntryView> recent(AuditCode action, int page, int size) {
		return recent((action != null) ? action.name() : null, page, size);
	}

	/** The newest entries, optionally of one stored code. */
	@Transactional(readOnly = true)
	public Page<EntryView> recent(String action, int page, int size) {
		if (page < 0 || page > 10_000) {
			throw org.fangkong.shared.InvalidInputException.of("page", "validation.page", 10_000);
		}
		PageRequest request = PageRequest.of(page, Math.min(Math.max(size, 1), 200));
		Page<AuditEntry> found = (action != null) ? this.entries.findByActionOrderByIdDesc(action, request)
				: this.entries.findAllByOrderByIdDesc(request);
		return found.map(AuditEntry::toView);
	}

	@Transactional(readOnly = true)
	public List<EntryView> byActor(String actor, AuditCode action) {
		return this.entries.findByActorAndActionOrderByIdDesc(actor, action.name())
			.stream()
			.map(AuditEntry::toView)
			.toList();
	}

	private static String clientIp() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	/** One entry, for the audit page. */
	public record EntryView(long id, Instant occurredAt, String actor, String action, String targetType,
			String targetId, String outcome, String clientIp, String detail) {

	}

}
