package org.fangkong.screening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.Ledger.LedgerFilter;
import org.fangkong.screening.ScreeningViews.Row;
import org.fangkong.shared.Actor;
import org.fangkong.shared.PersonalDataProtection;
import org.fangkong.shared.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger as a workbook (UP5, UP6): the rows of the actor's ledger with the import
 * template's columns, so that a file can go out and come back; its own permission,
 * audited.
 */
@Service
@Transactional(readOnly = true)
public class LedgerExport {

	static final int MAX_EXPORT = 50_000;

	static final Set<Role> EXPORTERS = Set.of(Role.COMMANDER, Role.HQ_STAFF, Role.TOWNSHIP_OFFICER, Role.GRID_WORKER);

	private final LedgerQuery query;

	private final Jurisdictions jurisdictions;

	private final PersonalDataProtection protection;

	private final AuditTrail audit;

	LedgerExport(LedgerQuery query, Jurisdictions jurisdictions, PersonalDataProtection protection, AuditTrail audit) {
		this.query = query;
		this.jurisdictions = jurisdictions;
		this.protection = protection;
		this.audit = audit;
	}

	/** The filtered ledger as .xlsx, at most {@value #MAX_EXPORT} rows; audited. */
	public byte[] export(Actor actor, LedgerFilter filter) {
		ScreeningAccess.requireRole(actor, EXPORTERS);
		List<Row> rows = this.query.rows(actor, filter, 0, MAX_EXPORT);
		Map<Long, JurisdictionView> grids = this.jurisdictions
			.findAll(rows.stream().map((row) -> row.screening().getGridId()).toList());
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = LedgerWorkbook.header(workbook);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			int r = 1;
			for (Row row : rows) {
				JurisdictionView grid = grids.get(row.screening().getGridId());
				write(sheet.createRow(r++), row.screening(), row.person(), (grid != null) ? grid.code() : "?", date);
			}
			workbook.write(out);
			this.audit.record(AuditAction.EXPORT, "ledger", null, AuditTrail.SUCCESS,
					filter.describe() + " rows=" + rows.size());
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An empty workbook with the template's header row. */
	public byte[] template() {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			LedgerWorkbook.header(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(org.apache.poi.ss.usermodel.Row row, Screening screening, Person person, String gridCode,
			CellStyle date) {
		Trip trip = screening.trip();
		LedgerWorkbook.text(row, LedgerColumns.NAME, person.getName());
		LedgerWorkbook.text(row, LedgerColumns.SEX,
				"M".equals(person.getSex()) ? "男" : "F".equals(person.getSex()) ? "女" : null);
		LedgerWorkbook.text(row, LedgerColumns.ID_TYPE,
				(person.getIdType() != null) ? LedgerColumns.ID_TYPES.get(person.getIdType()) : null);
		LedgerWorkbook.text(row, LedgerColumns.ID_NUMBER, this.protection.decrypt(person.getIdNumberEnc()));
		LedgerWorkbook.text(row, LedgerColumns.PHONE, this.protection.decrypt(person.getPhoneEnc()));
		LedgerWorkbook.text(row, LedgerColumns.ORIGIN_CLASS,
				(trip.originClass() != null) ? LedgerColumns.ORIGINS.get(trip.originClass()) : null);
		LedgerWorkbook.text(row, LedgerColumns.ORIGIN, trip.originPlace());
		LedgerWorkbook.date(row, LedgerColumns.ARRIVAL, trip.arrivalDate(), date);
		LedgerWorkbook.text(row, LedgerColumns.TRANSPORT,
				(trip.transportMode() != null) ? LedgerColumns.MODES.get(trip.transportMode()) : null);
		LedgerWorkbook.text(row, LedgerColumns.TRANSPORT_NUMBER, trip.transportNumber());
		LedgerWorkbook.text(row, LedgerColumns.ADDRESS, person.getCurrentAddress());
		LedgerWorkbook.text(row, LedgerColumns.GRID, gridCode);
		LedgerWorkbook.text(row, LedgerColumns.MEASURE, LedgerColumns.MEASURES.get(screening.getMeasure()));
		LedgerWorkbook.date(row, LedgerColumns.START, screening.getMeasureStart(), date);
		LedgerWorkbook.text(row, LedgerColumns.NOTE, trip.note());
	}

}
