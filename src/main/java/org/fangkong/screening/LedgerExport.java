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

	private final ResponsibleCadres cadres;

	LedgerExport(LedgerQuery query, Jurisdictions jurisdictions, PersonalDataProtection protection, AuditTrail audit,
			ResponsibleCadres cadres) {
		this.query = query;
		this.jurisdictions = jurisdictions;
		this.protection = protection;
		this.audit = audit;
		this.cadres = cadres;
	}

	/**
	 * The ledger as the list shows it, as .xlsx: the same filters, search and sort (issue
	 * #8 item 2), from the first row whatever page the list is on, at most
	 * {@value #MAX_EXPORT} rows; the import's columns, then status, planned end,
	 * responsible cadre and grid name. Audited with the filter and the row count.
	 */
	public byte[] export(Actor actor, LedgerFilter filter) {
		ScreeningAccess.requireRole(actor, EXPORTERS);
		LedgerFilter all = new LedgerFilter(filter.nodeId(), filter.originClass(), filter.measure(), filter.status(),
				filter.arrivedFrom(), filter.arrivedTo(), filter.sort(), filter.ascending(), 0, MAX_EXPORT, null,
				filter.q());
		List<Row> rows = this.query.rows(actor, all, 0, MAX_EXPORT);
		Map<Long, JurisdictionView> grids = this.jurisdictions
			.findAll(rows.stream().map((row) -> row.screening().getGridId()).toList());
		List<List<Screenings.ResponsibleView>> chains = this.cadres.chainsFor(rows, actor);
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = LedgerWorkbook.header(workbook);
			LedgerWorkbook.reportHeader(sheet);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			int r = 1;
			for (int i = 0; i < rows.size(); i++) {
				Screening screening = rows.get(i).screening();
				JurisdictionView grid = grids.get(screening.getGridId());
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
				write(row, screening, rows.get(i).person(), (grid != null) ? grid.code() : "?", date);
				LedgerWorkbook.text(row, LedgerColumns.STATUS, LedgerColumns.STATUSES.get(screening.getStatus()));
				LedgerWorkbook.date(row, LedgerColumns.MEASURE_END, screening.getMeasureEnd(), date);
				LedgerWorkbook.text(row, LedgerColumns.RESPONSIBLE,
						chains.get(i).isEmpty() ? null : chains.get(i).get(0).name());
				LedgerWorkbook.text(row, LedgerColumns.GRID_NAME, (grid != null) ? grid.name() : null);
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
