package org.fangkong.volunteer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.SpreadsheetCells;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reserve as a workbook (issue #15 item 1): export with {@link VolunteerColumns}
 * (plus the echelon), and import of the same columns with a dry run (UP4: each row
 * through the same rules and scope as the form; a bad row reported with its number and
 * reason; nothing written in a dry run, nor when a row is bad). Cells are read as office
 * suites store them: a phone or ID number typed into a general cell is a number
 * (LibreOffice saves it so) and is read as its digits; dates as date cells, text or 8
 * digits.
 */
@Service
@Transactional(readOnly = true)
public class VolunteerWorkbook {

	static final int MAX_ROWS = 5_000;

	static {
		// UP2: POI refuses zip bombs
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(20L * 1024 * 1024);
	}

	private final Volunteers volunteers;

	private final AuditTrail audit;

	private final Clock clock;

	VolunteerWorkbook(Volunteers volunteers, AuditTrail audit, Clock clock) {
		this.volunteers = volunteers;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The actor's reserve as .xlsx; phone and ID number as the actor may see them (UP6:
	 * audited with the row count).
	 */
	public byte[] export(Actor actor) {
		List<Volunteer> rows = this.volunteers.allInScope(actor);
		boolean full = actor.seesFullIdentifiers();
		LocalDate today = LocalDate.now(this.clock);
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("志愿者");
			Row header = sheet.createRow(0);
			for (int i = 0; i < VolunteerColumns.HEADERS.size(); i++) {
				header.createCell(i).setCellValue(VolunteerColumns.HEADERS.get(i));
			}
			header.createCell(VolunteerColumns.HEADERS.size()).setCellValue(VolunteerColumns.ECHELON_HEADER);
			int r = 1;
			for (Volunteer v : rows) {
				Volunteers.VolunteerView view = this.volunteers.view(v, today, full);
				Row row = sheet.createRow(r++);
				text(row, VolunteerColumns.NAME, view.name());
				text(row, VolunteerColumns.UNIT, view.unit());
				text(row, VolunteerColumns.BIRTH_DATE, view.birthDate().toString());
				text(row, VolunteerColumns.ID_NUMBER, view.idNumber());
				text(row, VolunteerColumns.PHONE, view.phone());
				text(row, VolunteerColumns.SKILLS,
						String.join("、", view.skills().stream().map(VolunteerColumns.SKILLS_ZH::get).toList()));
				if (view.medicalEchelon() != null) {
					row.createCell(VolunteerColumns.MEDICAL_ECHELON).setCellValue(view.medicalEchelon());
				}
				text(row, VolunteerColumns.AVAILABLE_FROM,
						(view.availableFrom() != null) ? view.availableFrom().toString() : null);
				text(row, VolunteerColumns.AVAILABLE_UNTIL,
						(view.availableUntil() != null) ? view.availableUntil().toString() : null);
				row.createCell(VolunteerColumns.HEADERS.size()).setCellValue(view.echelon());
			}
			workbook.write(out);
			this.audit.record(AuditAction.EXPORT, "volunteer", null, AuditTrail.SUCCESS, "rows=" + rows.size());
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads a workbook of the export's columns into the actor's reserve. A dry run, or a
	 * file with any bad row, writes nothing and answers what would be created and every
	 * rejected row.
	 */
	@Transactional
	public ImportResult importWorkbook(Actor actor, InputStream content, boolean dryRun) throws IOException {
		VolunteerAccess.requireDispatcher(actor);
		byte[] bytes = content.readAllBytes();
		if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
			throw InvalidInputException.of("file", "validation.import.notXlsx");
		}
		List<VolunteerRules.Valid> valid = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			Map<Integer, Integer> columns = VolunteerRowReader.columns(sheet.getRow(sheet.getFirstRowNum()));
			if (sheet.getLastRowNum() > MAX_ROWS) {
				throw InvalidInputException.of("file", "validation.import.tooManyRows", MAX_ROWS);
			}
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || VolunteerRowReader.blank(row, columns)) {
					continue;
				}
				try {
					valid.add(this.volunteers.validate(actor, VolunteerRowReader.read(row, columns)));
				}
				catch (InvalidInputException ex) {
					for (Violation v : ex.violations()) {
						rejected.add(new Rejection(r + 1, v.field(), v.messageKey(), v.args()));
					}
				}
			}
		}
		catch (InvalidInputException ex) {
			throw ex;
		}
		catch (RuntimeException | IOException ex) {
			throw InvalidInputException.of("file", "validation.import.notXlsx");
		}
		boolean write = !dryRun && rejected.isEmpty();
		if (write) {
			valid.forEach((v) -> this.volunteers.save(v, false));
		}
		this.audit.record(AuditAction.IMPORT, "volunteer", null, AuditTrail.SUCCESS,
				(dryRun ? "dry run" : "commit") + " rows=" + valid.size() + " rejected=" + rejected.size());
		return new ImportResult(valid.size(), write ? valid.size() : 0, rejected, dryRun);
	}

	private static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(SpreadsheetCells.neutralise(value));
		}
	}

	/**
	 * A rejected row: its number in the sheet (the header is row 1), the field, the
	 * reason.
	 */
	public record Rejection(int row, String field, String messageKey, Object[] args) {

	}

	/**
	 * What an import did or would do: {@code valid} rows that pass, {@code created} rows
	 * written (0 in a dry run or when any row was rejected).
	 */
	public record ImportResult(int valid, int created, List<Rejection> rejected, boolean dryRun) {

	}

}
