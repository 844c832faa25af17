package org.fangkong.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.reporting.DailyReportRules.Standing;
import org.fangkong.reporting.ReportUnits.Unit;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.UnprocessableRequestException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily report (日报) of a grid, a township or the city and its approval workflow
 * (issue #10 items 3–5, R-SCR-3). Reads are open to the filling and approving roles
 * inside their scope (a unit outside it is 404); every step is checked by
 * {@link DailyReportRules}: a role that never takes it is refused with 403, an illegal
 * step with 422 and a message key, and nothing changes. A DRAFT or RETURNED report counts
 * its figures live; submission snapshots them; approval freezes them for ever.
 */
@Service
@EnableConfigurationProperties(DailyReportSettings.class)
@Transactional(readOnly = true)
public class DailyReports {

	private static final long MAX_FIGURE = 1_000_000_000_000L;

	private final DailyReportRepository reports;

	private final DailyReportHistoryRepository history;

	private final Figures figures;

	private final ReportingSettings reporting;

	private final ReportUnits units;

	private final Jurisdictions jurisdictions;

	private final AuditTrail audit;

	private final DailyReportSettings settings;

	private final Clock clock;

	private final TransactionTemplate newTransaction;

	DailyReports(DailyReportRepository reports, DailyReportHistoryRepository history, Figures figures,
			ReportingSettings reporting, ReportUnits units, Jurisdictions jurisdictions, AuditTrail audit,
			DailyReportSettings settings, Clock clock, PlatformTransactionManager transactions) {
		this.reports = reports;
		this.history = history;
		this.figures = figures;
		this.reporting = reporting;
		this.units = units;
		this.jurisdictions = jurisdictions;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The reporting windows as the city configured them. */
	public DailyReportWindows windows() {
		return new DailyReportWindows(this.reporting, this.settings.deadline(), this.clock.getZone());
	}

	/**
	 * The report of a unit for a date, made as a DRAFT on first use. Without a date, the
	 * report due now (the last closed window); without a unit, the caller's own node. A
	 * date after the current window's is refused (422), a node that files no report too.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public DailyReportView open(Actor actor, LocalDate date, Long jurisdictionId) {
		requireReader(actor);
		JurisdictionView node = this.jurisdictions.get(actor,
				(jurisdictionId != null) ? jurisdictionId : actor.jurisdictionId());
		Unit unit = this.units.of(node)
			.orElseThrow(() -> new UnprocessableRequestException("node " + node.id() + " files no daily report",
					"dailyReport.error.notAUnit"));
		Instant now = this.clock.instant();
		LocalDate day = (date != null) ? date : windows().dueDate(now);
		if (day.isAfter(windows().dateAt(now))) {
			throw new UnprocessableRequestException("daily report for " + day, "dailyReport.error.futureDate");
		}
		DailyReport report = this.reports.findByJurisdictionIdAndReportDate(node.id(), day)
			.orElseGet(() -> createDraft(actor, node, day));
		return this.newTransaction
			.execute((status) -> toView(actor, this.reports.findById(report.getId()).orElseThrow(), unit));
	}

	/** One report inside the caller's scope. */
	public DailyReportView get(Actor actor, long id) {
		requireReader(actor);
		DailyReport report = load(actor, id);
		return toView(actor, report, unitOf(report));
	}

	/** The filler types the figures only the unit knows, the remark and their phone. */
	@Transactional
	public DailyReportView fillIn(Actor actor, long id, Map<String, Long> typed, String remark, String phone) {
		DailyReport report = checked(actor, id, DailyReportAction.SAVE);
		List<Violation> violations = new ArrayList<>();
		Map<String, Long> values = new LinkedHashMap<>();
		typed.forEach((code, value) -> {
			if (!this.settings.typedFields().contains(code)) {
				violations.add(new Violation("typed." + code, "dailyReport.error.unknownField"));
			}
			else if (value != null && (value < 0 || value > MAX_FIGURE)) {
				violations.add(new Violation("typed." + code, "dailyReport.error.figureRange"));
			}
			else if (value != null) {
				values.put(code, value);
			}
		});
		String cleanRemark = (remark == null || remark.isBlank()) ? null : remark.strip();
		if (cleanRemark != null && cleanRemark.length() > 2000) {
			violations.add(new Violation("remark", "validation.maxLength", 2000));
		}
		String cleanPhone = (phone == null || phone.isBlank()) ? null : phone.strip();
		if (cleanPhone != null && !cleanPhone.matches("[0-9+\\- ]{5,20}")) {
			violations.add(new Violation("fillerPhone", "dailyReport.error.phone"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		report.fillIn(values, cleanRemark, cleanPhone);
		step(actor, report, "SAVED", report.getState(), null);
		return toView(actor, report, unitOf(report));
	}

	/** The filler sends the report up: its figures are counted now and kept. */
	@Transactional
	public DailyReportView submit(Actor actor, long id) {
		DailyReport report = checked(actor, id, DailyReportAction.SUBMIT);
		DailyReportState from = report.getState();
		report.submit(actor.username(), actor.displayName(), this.clock.instant(), count(actor, report));
		step(actor, report, "SUBMITTED", from, null);
		this.audit.record(DailyReportAudit.DAILY_REPORT_SUBMITTED, "daily_report", id, AuditTrail.SUCCESS, null);
		return toView(actor, report, unitOf(report));
	}

	/** The level above signs the report off: frozen for ever. */
	@Transactional
	public DailyReportView approve(Actor actor, long id) {
		DailyReport report = checked(actor, id, DailyReportAction.APPROVE);
		report.approve(actor.username(), actor.displayName(), this.clock.instant());
		step(actor, report, "APPROVED", DailyReportState.SUBMITTED, null);
		this.audit.record(DailyReportAudit.DAILY_REPORT_APPROVED, "daily_report", id, AuditTrail.SUCCESS, null);
		return toView(actor, report, unitOf(report));
	}

	/** The level above sends the report back with a reason (required). */
	@Transactional
	public DailyReportView sendBack(Actor actor, long id, String reason) {
		DailyReport report = checked(actor, id, DailyReportAction.RETURN);
		String refusal = DailyReportRules.reasonRefusal(reason);
		if (refusal != null) {
			throw InvalidInputException.of("reason", refusal);
		}
		report.sendBack(reason.strip());
		step(actor, report, "RETURNED", DailyReportState.SUBMITTED, reason.strip());
		this.audit.record(DailyReportAudit.DAILY_REPORT_RETURNED, "daily_report", id, AuditTrail.SUCCESS,
				reason.strip());
		return toView(actor, report, unitOf(report));
	}

	/** Records a download of the report. */
	public void exported(long id, String format) {
		this.audit.record(DailyReportAudit.DAILY_REPORT_EXPORTED, "daily_report", id, AuditTrail.SUCCESS, format);
	}

	private DailyReport createDraft(Actor actor, JurisdictionView node, LocalDate day) {
		DailyReportWindows.Window window = windows().of(day);
		try {
			return this.newTransaction.execute((status) -> {
				DailyReport draft = this.reports.saveAndFlush(new DailyReport(node.id(),
						this.jurisdictions.pathOf(node.id()), day, window.from(), window.to(), this.clock.instant()));
				step(actor, draft, "CREATED", null, null);
				return draft;
			});
		}
		catch (DataIntegrityViolationException raced) {
			// Another request made the same unit's draft first (unique unit and date).
			return this.reports.findByJurisdictionIdAndReportDate(node.id(), day).orElseThrow(() -> raced);
		}
	}

	private DailyReport checked(Actor actor, long id, DailyReportAction action) {
		if (!DailyReportRules.mayEver(actor, action)) {
			throw new ForbiddenException(actor.username() + " never may " + action + " a daily report");
		}
		DailyReport report = load(actor, id);
		Unit unit = unitOf(report);
		String refusal = DailyReportRules.refusal(report.getState(), action, standing(actor, report, unit),
				!this.clock.instant().isBefore(report.getWindowTo()));
		if (refusal != null) {
			throw new UnprocessableRequestException("daily report " + id + ": " + refusal, refusal);
		}
		return report;
	}

	private DailyReport load(Actor actor, long id) {
		return this.reports.findById(id)
			.filter((report) -> this.jurisdictions.covers(actor, report.getJurisdictionId()))
			.orElseThrow(() -> new NotFoundException("daily report", id));
	}

	private Unit unitOf(DailyReport report) {
		return this.units.of(report.getJurisdictionId()).orElseThrow();
	}

	private void requireReader(Actor actor) {
		if (!actor.roles().stream().anyMatch(DailyReportRules.FILLING_ROLES::contains)) {
			throw new ForbiddenException("daily reports are for grids, townships and the HQ");
		}
	}

	private Standing standing(Actor actor, DailyReport report, Unit unit) {
		return DailyReportRules.standing(actor, unit.level(), report.getJurisdictionId(), unit.approvingUnitId(),
				unit.approvingIsCity(), report.getSubmittedBy());
	}

	private void step(Actor actor, DailyReport report, String action, DailyReportState from, String reason) {
		this.history.save(new DailyReportHistory(report.getId(), this.clock.instant(), actor.username(),
				actor.displayName(), action, from, report.getState(), reason));
	}

	/** The unit's figures for the report's window, counted now by every contributor. */
	private Map<String, Long> count(Actor actor, DailyReport report) {
		return this.figures.count(actor, report.getJurisdictionId(), report.getWindowFrom(), report.getWindowTo())
			.values();
	}

	private DailyReportView toView(Actor actor, DailyReport report, Unit unit) {
		boolean live = DailyReportRules.editable(report.getState());
		Map<String, Long> counted = live ? count(actor, report) : report.getFigures();
		boolean closed = !this.clock.instant().isBefore(report.getWindowTo());
		List<DailyReportAction> actions = DailyReportRules.allowed(report.getState(), standing(actor, report, unit),
				closed);
		return new DailyReportView(report.getId(), report.getJurisdictionId(), unit.node().name(), unit.level(),
				report.getReportDate(), report.getWindowFrom(), report.getWindowTo(),
				report.getWindowTo().plus(this.settings.deadline()), report.getState(), live,
				new java.util.TreeMap<>(counted), this.settings.typedFields(), report.getTyped(), report.getRemark(),
				report.getFillerPhone(), report.getSubmittedBy(), report.getSubmittedByName(), report.getSubmittedAt(),
				report.getApprovedBy(), report.getApprovedByName(), report.getApprovedAt(), report.getReturnReason(),
				actions,
				this.history.findByReportIdOrderByOccurredAtAscIdAsc(report.getId())
					.stream()
					.map(DailyReportHistory::toStep)
					.toList(),
				typedBelow(report, unit));
	}

	/**
	 * The typed figures of the units right below (a township's grids, the city's
	 * townships) that have handed in their report of the same date, added up: a hint for
	 * the filler, who types the unit's own figures.
	 */
	private Map<String, Long> typedBelow(DailyReport report, Unit unit) {
		if (unit.level() == ReportLevel.GRID) {
			return Map.of();
		}
		List<DailyReport> below = this.reports.findOfDateInScope(report.getReportDate(), report.getJurisdictionPath())
			.stream()
			.filter((other) -> other.getState().handedIn() && other.getJurisdictionId() != report.getJurisdictionId())
			.toList();
		Map<Long, org.fangkong.jurisdiction.JurisdictionView> nodes = this.jurisdictions
			.findAll(below.stream().map(DailyReport::getJurisdictionId).toList());
		Map<String, Long> sum = new java.util.TreeMap<>();
		for (DailyReport other : below) {
			org.fangkong.jurisdiction.JurisdictionView node = nodes.get(other.getJurisdictionId());
			if (node != null && node.parentId() != null && node.parentId() == report.getJurisdictionId()) {
				other.getTyped().forEach((code, value) -> sum.merge(code, value, Long::sum));
			}
		}
		return sum;
	}

}
