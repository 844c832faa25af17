package org.fangkong.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.shared.Actor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A roster to print and to export as .xlsx (issue #11 item 7): every seat of every shift
 * with its person and unit, grouped per checkpoint or per unit (a sheet each). Planners
 * over the roster only; an export is audited.
 */
@Service
@Transactional(readOnly = true)
public class RosterExports {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Rosters rosters;

	private final RosterAssignmentRepository assignments;

	private final StaffRepository staff;

	private final Checkpoints checkpoints;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	RosterExports(Rosters rosters, RosterAssignmentRepository assignments, StaffRepository staff,
			Checkpoints checkpoints, MessageSource messages, AuditTrail audit, Clock clock) {
		this.rosters = rosters;
		this.assignments = assignments;
		this.staff = staff;
		this.checkpoints = checkpoints;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/** How an export is split into sheets. */
	public enum By {

		CHECKPOINT, UNIT

	}

	/** One seat of one shift as printed: day, times, checkpoint, seat, person, unit. */
	public record Line(LocalDate day, String shift, long checkpointId, String checkpoint, String seat, String name,
			String unit) {

	}

	/**
	 * The roster's lines in order (checkpoint, start, seat), optionally of one
	 * checkpoint, seat names in the given language.
	 */
	public List<Line> lines(Actor actor, long id, Long checkpointId, Locale locale) {
		Roster roster = this.rosters.load(actor, id);
		List<RosterAssignment> rows = this.assignments.findByRoster(roster.getId())
			.stream()
			.filter((a) -> checkpointId == null || a.getCheckpointId() == checkpointId)
			.toList();
		Set<Long> ids = rows.stream()
			.map(RosterAssignment::getStaffId)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(HashSet::new));
		Map<Long, PoolMember> people = ids.isEmpty() ? Map.of()
				: this.staff.findByIdIn(ids).stream().collect(Collectors.toMap(PoolMember::getId, Function.identity()));
		Map<Long, String> names = new LinkedHashMap<>();
		roster.getCheckpointIds()
			.forEach((c) -> names.put(c,
					this.checkpoints.find(c)
						.map(CheckpointView::name)
						.orElse((c == Rosters.HOTLINE) ? Capacity.HOTLINE_NAME : "#" + c)));
		return rows.stream().map((a) -> {
			ZonedDateTime start = a.getShiftStart().atZone(this.clock.getZone());
			ZonedDateTime end = a.getShiftEnd().atZone(this.clock.getZone());
			PoolMember member = (a.getStaffId() != null) ? people.get(a.getStaffId()) : null;
			return new Line(start.toLocalDate(), TIME.format(start) + "–" + TIME.format(end), a.getCheckpointId(),
					names.get(a.getCheckpointId()),
					this.messages.getMessage("roster.seat." + a.getSeat(), null, a.getSeat().name(), locale),
					(member != null) ? member.getName() : null, (member != null) ? member.getUnit() : null);
		}).toList();
	}

	/** The roster as a workbook, a sheet per checkpoint or per unit; audited. */
	public byte[] workbook(Actor actor, long id, By by, Locale locale) {
		List<Line> lines = lines(actor, id, null, locale);
		Function<Line, String> group = (by == By.UNIT) ? (l) -> (l.unit() != null && !l.unit().isBlank()) ? l.unit()
				: this.messages.getMessage("roster.export.noUnit", null, "-", locale) : Line::checkpoint;
		Map<String, List<Line>> sheets = lines.stream()
			.sorted(Comparator.comparing(Line::day).thenComparing(Line::shift).thenComparing(Line::checkpoint))
			.collect(Collectors.groupingBy(group, java.util.TreeMap::new, Collectors.toList()));
		String[] header = this.messages.getMessage("roster.export.header", null, locale).split(",");
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Set<String> used = new HashSet<>();
			for (Map.Entry<String, List<Line>> entry : sheets.entrySet()) {
				Sheet sheet = workbook.createSheet(sheetName(entry.getKey(), used));
				Row head = sheet.createRow(0);
				for (int i = 0; i < header.length; i++) {
					head.createCell(i).setCellValue(header[i]);
					head.getCell(i).setCellStyle(bold);
				}
				int r = 1;
				for (Line line : entry.getValue()) {
					Row row = sheet.createRow(r++);
					String[] cells = { line.day().toString(), line.shift(), line.checkpoint(), line.seat(), line.name(),
							line.unit() };
					for (int i = 0; i < cells.length; i++) {
						row.createCell(i).setCellValue((cells[i] != null) ? cells[i] : "");
					}
				}
				sheet.createFreezePane(0, 1);
				for (int i = 0; i < header.length; i++) {
					sheet.setColumnWidth(i, (i == 2 || i == 5) ? 24 * 256 : 14 * 256);
				}
			}
			if (sheets.isEmpty()) {
				workbook.createSheet("-").createRow(0).createCell(0).setCellValue(String.join(",", header));
			}
			workbook.write(out);
			this.audit.record(AuditAction.EXPORT, "roster", id, AuditTrail.SUCCESS,
					"by=" + by + " rows=" + lines.size());
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sheetName(String wanted, Set<String> used) {
		String base = WorkbookUtil.createSafeSheetName(wanted);
		String name = base;
		for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) {
			String suffix = " (" + i + ")";
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		return name;
	}

}
