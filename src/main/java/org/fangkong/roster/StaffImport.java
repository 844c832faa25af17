package org.fangkong.roster;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Excel import of the staff pool with a dry run (issue #11 item 2), like the ledger's:
 * the first sheet, row 1 the header (Chinese or English names, any order), each row
 * validated like the form; the dry run writes nothing, the commit writes the valid rows
 * in one transaction and skips the rejected ones. Numbers typed into general cells (an ID
 * number, an echelon, as LibreOffice saves them) are read as their digits.
 */
@Service
public class StaffImport {

	static final int MAX_ROWS = 5000;

	static {
		// UP2: POI refuses zip bombs, as for the ledger's workbooks
		org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.01);
		org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(20L * 1024 * 1024);
	}

	/** The columns: field, Chinese and English header. */
	private static final String[][] COLUMNS = { { "name", "姓名", "Name" }, { "grade", "职级", "Grade" },
			{ "unit", "单位", "Unit" }, { "echelon", "梯队", "Echelon" },
			{ "checkpoint", "村屯卡点编码", "Village checkpoint code" }, { "idNumber", "身份证号", "ID number" } };

	private final StaffPool pool;

	private final Checkpoints checkpoints;

	private final MessageSource messages;

	private final AuditTrail audit;

	StaffImport(StaffPool pool, Checkpoints checkpoints, MessageSource messages, AuditTrail audit) {
		this.pool = pool;
		this.checkpoints = checkpoints;
		this.messages = messages;
		this.audit = audit;
	}

	/** A rejected row: its number in the sheet, the column's header and why. */
	public record Rejected(int row, String field, String reason) {

	}

	/** What an import did, or would do on a dry run. */
	public record Result(int created, List<Rejected> rejected, boolean dryRun) {

	}

	@Transactional
	public Result importWorkbook(Actor actor, InputStream in, boolean dryRun, Locale locale) {
		StaffPool.requirePlanner(actor);
		Map<String, Integer> columns = new HashMap<>();
		Map<String, String> headers = new HashMap<>();
		List<Rejected> rejected = new ArrayList<>();
		List<StaffPool.NewStaff> valid = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(sheet.getFirstRowNum());
			if (header == null) {
				throw InvalidInputException.of("file", "roster.import.header");
			}
			DataFormatter format = new DataFormatter(Locale.ROOT);
			for (Cell cell : header) {
				String text = format.formatCellValue(cell).strip();
				for (String[] column : COLUMNS) {
					if (text.equals(column[1]) || text.equalsIgnoreCase(column[2])) {
						columns.put(column[0], cell.getColumnIndex());
						headers.put(column[0], text);
					}
				}
			}
			if (!columns.containsKey("name") || !columns.containsKey("grade")) {
				throw InvalidInputException.of("file", "roster.import.header");
			}
			int rows = 0;
			for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				Map<String, String> values = new HashMap<>();
				if (row != null) {
					columns.forEach((field, index) -> values.put(field, text(row.getCell(index), format)));
				}
				if (values.values().stream().allMatch((v) -> v == null || v.isBlank())) {
					continue;
				}
				if (++rows > MAX_ROWS) {
					throw InvalidInputException.of("file", "roster.import.tooMany", MAX_ROWS);
				}
				row(actor, r + 1, values, headers, valid, rejected, locale);
			}
		}
		catch (IOException | org.apache.poi.ooxml.POIXMLException | IllegalArgumentException ex) {
			throw InvalidInputException.of("file", "roster.import.file.invalid");
		}
		if (!dryRun) {
			valid.forEach((staff) -> this.pool.addChecked(staff));
			this.audit.record(AuditAction.IMPORT, "roster-staff", null, AuditTrail.SUCCESS,
					"created=" + valid.size() + " rejected=" + rejected.size());
		}
		return new Result(valid.size(), rejected, dryRun);
	}

	private void row(Actor actor, int number, Map<String, String> values, Map<String, String> headers,
			List<StaffPool.NewStaff> valid, List<Rejected> rejected, Locale locale) {
		List<Rejected> problems = new ArrayList<>();
		Grade grade = grade(values.get("grade"));
		if (grade == null && values.get("grade") != null && !values.get("grade").isBlank()) {
			problems.add(new Rejected(number, headers.get("grade"), message("validation.unknown", locale)));
		}
		Integer echelon = null;
		if (values.get("echelon") != null && !values.get("echelon").isBlank()) {
			try {
				echelon = Integer.valueOf(values.get("echelon").strip());
			}
			catch (NumberFormatException ex) {
				problems.add(new Rejected(number, headers.get("echelon"), message("validation.range", locale, 1, 2)));
			}
		}
		Long checkpointId = null;
		String code = values.get("checkpoint");
		if (code != null && !code.isBlank()) {
			CheckpointView checkpoint = this.checkpoints.findByCode(code.strip()).orElse(null);
			if (checkpoint == null) {
				problems.add(new Rejected(number, headers.get("checkpoint"), message("validation.unknown", locale)));
			}
			else {
				checkpointId = checkpoint.id();
			}
		}
		if (problems.isEmpty()) {
			List<Violation> violations = new ArrayList<>();
			StaffPool.NewStaff checked = this.pool.checked(actor, new StaffPool.NewStaff(values.get("name"), grade,
					values.get("unit"), null, echelon, null, checkpointId, 0, values.get("idNumber")), violations);
			if (violations.isEmpty()) {
				valid.add(checked);
				return;
			}
			for (Violation v : violations) {
				String field = "checkpointId".equals(v.field()) ? "checkpoint" : v.field();
				problems.add(new Rejected(number, headers.getOrDefault(field, field),
						message(v.messageKey(), locale, v.args())));
			}
		}
		rejected.addAll(problems);
	}

	private Grade grade(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (Grade grade : Grade.values()) {
			if (grade.name().equalsIgnoreCase(text.strip())
					|| text.strip().equals(message("roster.grade." + grade.name(), Locale.SIMPLIFIED_CHINESE))
					|| text.strip().equalsIgnoreCase(message("roster.grade." + grade.name(), Locale.ENGLISH))) {
				return grade;
			}
		}
		return null;
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	// a number in a general cell as its digits (LibreOffice stores an ID number typed
	// there as a number)
	static String text(Cell cell, DataFormatter format) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
				&& cell instanceof XSSFCell xssf && xssf.getRawValue() != null) {
			String digits = new BigDecimal(xssf.getRawValue()).stripTrailingZeros().toPlainString();
			return digits;
		}
		return format.formatCellValue(cell).strip();
	}

}
