package org.fangkong.screening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.PersonalDataProtection;
import org.fangkong.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger (工作台账, R-SCR-2) per grid, township and city: filtered, sorted by an
 * allow-list of columns and paged in SQL inside the actor's jurisdiction (SECURITY.md
 * AC2, IN3); exported to .xlsx and imported from it with the same columns, so that a file
 * can go out and come back (UP1–UP5).
 */
@Service
@Transactional(readOnly = true)
public class Ledger {

	/** IN3: the columns a ledger may be sorted by, and the expression each stands for. */
	static final Map<String, String> SORTS = Map.of("arrivalDate", "s.arrivalDate", "measureEnd", "s.measureEnd",
			"name", "p.name", "createdAt", "s.createdAt", "status", "s.status");

	static final int MAX_ROWS = 100_000;

	static final int MAX_EXPORT = 50_000;

	private static final Set<Role> EXPORTERS = Set.of(Role.COMMANDER, Role.HQ_STAFF, Role.TOWNSHIP_OFFICER,
			Role.GRID_WORKER);

	static {
		// UP2: POI refuses zip bombs — a tiny compressed entry that inflates enormously.
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
	}

	private final EntityManager entityManager;

	private final Screenings screenings;

	private final PersonRepository persons;

	private final ScreeningRepository screeningRepository;

	private final Jurisdictions jurisdictions;

	private final PersonalDataProtection protection;

	private final AuditTrail audit;

	private final MessageSource messages;

	Ledger(EntityManager entityManager, Screenings screenings, PersonRepository persons,
			ScreeningRepository screeningRepository, Jurisdictions jurisdictions, PersonalDataProtection protection,
			AuditTrail audit, MessageSource messages) {
		this.entityManager = entityManager;
		this.screenings = screenings;
		this.persons = persons;
		this.screeningRepository = screeningRepository;
		this.jurisdictions = jurisdictions;
		this.protection = protection;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * One page of the ledger; {@code hasNext} comes from reading one row more, never from
	 * counting the table.
	 */
	public LedgerPage page(Actor actor, LedgerFilter filter) {
		Screenings.requireRole(actor, Screenings.READERS);
		int size = Math.min(Math.max(filter.size(), 1), 200);
		int page = Math.max(filter.page(), 0);
		List<Object[]> rows = query(actor, filter).setFirstResult(page * size).setMaxResults(size + 1).getResultList();
		boolean hasNext = rows.size() > size;
		List<Screenings.ScreeningView> views = rows.stream()
			.limit(size)
			.map((row) -> this.screenings.toView((Screening) row[0], (Person) row[1], actor))
			.toList();
		return new LedgerPage(views, page, size, hasNext);
	}

	/**
	 * The ledger as a workbook, with the import template's columns (UP5, UP6: its own
	 * permission, audited).
	 */
	public byte[] export(Actor actor, LedgerFilter filter) {
		Screenings.requireRole(actor, EXPORTERS);
		List<Object[]> rows = query(actor, filter).setMaxResults(MAX_EXPORT).getResultList();
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = header(workbook);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			int r = 1;
			for (Object[] row : rows) {
				write(sheet.createRow(r++), (Screening) row[0], (Person) row[1], date);
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
			header(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Imports a workbook of handed-down lists or ledgers (UP1–UP4). A dry run only
	 * reports what it would create and update, and every rejected row with its number and
	 * reason; otherwise the valid rows are written in one transaction. Each row passes
	 * the same validation and jurisdiction checks as the form.
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public ImportResult importWorkbook(Actor actor, InputStream content, boolean dryRun, Locale locale) {
		Screenings.requireRole(actor, EXPORTERS);
		List<Rejection> rejected = new ArrayList<>();
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		try (Workbook workbook = open(content)) {
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				throw InvalidInputException.of("file", "validation.import.tooManyRows", MAX_ROWS);
			}
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			Row headerRow = sheet.getRow(0);
			List<String> header = new ArrayList<>();
			if (headerRow != null) {
				for (Cell cell : headerRow) {
					while (header.size() < cell.getColumnIndex()) {
						header.add("");
					}
					header.add(formatter.formatCellValue(cell));
				}
			}
			Map<Integer, Integer> columns = LedgerColumns.columnsOf(header);
			if (!columns.containsKey(LedgerColumns.NAME) || !columns.containsKey(LedgerColumns.GRID)) {
				throw InvalidInputException.of("file", "validation.import.header");
			}
			Set<String> seen = new HashSet<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || isBlank(row, formatter)) {
					continue;
				}
				int rowNumber = r + 1;
				try {
					NewScreening input = read(row, columns, formatter, rowNumber);
					Screenings.Valid valid = this.screenings.validate(actor, input);
					String key = (valid.idNumber() != null) ? valid.idNumber() + "|" + input.arrivalDate() : null;
					if (key != null && !seen.add(key)) {
						rejected.add(new Rejection(rowNumber, LedgerColumns.HEADERS.get(LedgerColumns.ID_NUMBER),
								message("validation.import.duplicate", locale)));
						continue;
					}
					Outcome outcome = apply(actor, valid, input, dryRun);
					switch (outcome) {
						case CREATED -> created++;
						case UPDATED -> updated++;
						case UNCHANGED -> unchanged++;
					}
				}
				catch (InvalidInputException ex) {
					for (InvalidInputException.Violation v : ex.violations()) {
						Integer column = LedgerColumns.FIELDS.get(v.field());
						rejected.add(new Rejection(rowNumber,
								(column != null) ? LedgerColumns.HEADERS.get(column) : v.field(),
								this.messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale)));
					}
				}
			}
		}
		catch (IOException ex) {
			throw InvalidInputException.of("file", "validation.import.notXlsx");
		}
		this.audit.record(AuditAction.IMPORT, "ledger", null, AuditTrail.SUCCESS, (dryRun ? "dry run" : "commit")
				+ " created=" + created + " updated=" + updated + " rejected=" + rejected.size());
		return new ImportResult(created, updated, unchanged, rejected, dryRun);
	}

	private Outcome apply(Actor actor, Screenings.Valid valid, NewScreening input, boolean dryRun) {
		Screenings.Placement place = this.screenings.placement(valid.nodeId());
		Optional<Person> person = (valid.idNumber() != null)
				? this.persons.findByIdTypeAndIdNumberHash(valid.idType(), this.protection.lookupHash(valid.idNumber()))
				: Optional.empty();
		Optional<Screening> screening = person
			.flatMap((p) -> this.screeningRepository.findFirstByPersonIdAndArrivalDate(p.getId(), input.arrivalDate()));
		if (screening.isEmpty()) {
			if (!dryRun) {
				this.screenings.create(actor, input);
			}
			return Outcome.CREATED;
		}
		Person p = person.get();
		Screening s = screening.get();
		if (!this.jurisdictions.covers(actor, s.getGridId())) {
			throw InvalidInputException.of("gridId", "validation.gridOutOfScope");
		}
		boolean personChanges = !Objects.equals(p.getName(), valid.name())
				|| (valid.sex() != null && !Objects.equals(p.getSex(), valid.sex()))
				|| (valid.phone() != null && !Objects.equals(this.protection.decrypt(p.getPhoneEnc()), valid.phone()))
				|| (input.currentAddress() != null && !Objects.equals(p.getCurrentAddress(), input.currentAddress()))
				|| s.getGridId() != place.gridId();
		Trip merged = mergeTrip(s.trip(), valid.trip());
		boolean tripChanges = !merged.equals(s.trip());
		boolean measureChanges = s.getStatus() != ScreeningStatus.RELEASED && s
			.getStatus() != ScreeningStatus.CLOSED && (s.getMeasure() != valid.measure()
					|| (valid.measure() != Measure.NONE && !Objects.equals(s.getMeasureStart(), valid.measureStart())));
		if (!personChanges && !tripChanges && !measureChanges) {
			return Outcome.UNCHANGED;
		}
		if (!dryRun) {
			p.update(valid.name(), valid.sex(), this.protection.encrypt(valid.phone()), input.currentAddress(), null,
					place.gridId(), place.householdId());
			s.describe(merged);
			s.moveTo(place.gridId());
			if (measureChanges) {
				ScreeningStatus before = s.getStatus();
				s.placeUnder(valid.measure(), valid.measureStart(), this.screenings.settings().daysOf(valid.measure()));
				this.screenings.record(s, actor.username(), "MEASURE_CHANGED", before, s.getStatus(), "import");
			}
			this.screenings.record(s, actor.username(), "UPDATED", s.getStatus(), s.getStatus(), "import");
		}
		return Outcome.UPDATED;
	}

	/**
	 * The workbook's columns carry part of a trip: what they leave out stays as it was.
	 */
	private static Trip mergeTrip(Trip current, Trip reported) {
		return new Trip(reported.originClass(), reported.originPlace(), current.departureDate(), reported.arrivalDate(),
				reported.transportMode(), reported.transportNumber(), current.stopovers(), current.companions(),
				current.exposure(), current.healthNote(), reported.note());
	}

	private NewScreening read(Row row, Map<Integer, Integer> columns, DataFormatter formatter, int rowNumber) {
		String grid = cell(row, columns, LedgerColumns.GRID, formatter);
		Long gridId = (grid != null) ? this.jurisdictions.findByCode(grid).map(JurisdictionView::id).orElse(-1L) : null;
		return new NewScreening(cell(row, columns, LedgerColumns.NAME, formatter),
				cell(row, columns, LedgerColumns.SEX, formatter),
				LedgerColumns.code(LedgerColumns.ID_TYPES, cell(row, columns, LedgerColumns.ID_TYPE, formatter)),
				cell(row, columns, LedgerColumns.ID_NUMBER, formatter),
				cell(row, columns, LedgerColumns.PHONE, formatter), null,
				cell(row, columns, LedgerColumns.ADDRESS, formatter), gridId, LeadSource.HANDED_DOWN.name(),
				LedgerColumns.code(LedgerColumns.ORIGINS, cell(row, columns, LedgerColumns.ORIGIN_CLASS, formatter)),
				cell(row, columns, LedgerColumns.ORIGIN, formatter), null,
				date(row, columns, LedgerColumns.ARRIVAL, formatter, "arrivalDate"),
				LedgerColumns.code(LedgerColumns.MODES, cell(row, columns, LedgerColumns.TRANSPORT, formatter)),
				cell(row, columns, LedgerColumns.TRANSPORT_NUMBER, formatter), null, null, null, null,
				LedgerColumns.code(LedgerColumns.MEASURES, cell(row, columns, LedgerColumns.MEASURE, formatter)),
				date(row, columns, LedgerColumns.START, formatter, "measureStart"),
				cell(row, columns, LedgerColumns.NOTE, formatter));
	}

	private static String cell(Row row, Map<Integer, Integer> columns, int column, DataFormatter formatter) {
		Integer index = columns.get(column);
		if (index == null || row.getCell(index) == null) {
			return null;
		}
		String value = formatter.formatCellValue(row.getCell(index)).strip();
		return value.isEmpty() ? null : value;
	}

	private static LocalDate date(Row row, Map<Integer, Integer> columns, int column, DataFormatter formatter,
			String field) {
		Integer index = columns.get(column);
		Cell cell = (index != null) ? row.getCell(index) : null;
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		String text = formatter.formatCellValue(cell).strip().replace('/', '-').replace('.', '-');
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text, DateTimeFormatter.ofPattern("yyyy-M-d"));
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of(field, "validation.date");
		}
	}

	private static boolean isBlank(Row row, DataFormatter formatter) {
		for (Cell cell : row) {
			if (!formatter.formatCellValue(cell).isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** UP1: only a real .xlsx, recognised by its content, not by its name. */
	private static Workbook open(InputStream content) throws IOException {
		InputStream in = content.markSupported() ? content : new java.io.BufferedInputStream(content);
		in.mark(4);
		byte[] magic = in.readNBytes(4);
		in.reset();
		if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
			throw InvalidInputException.of("file", "validation.import.notXlsx");
		}
		try {
			return new XSSFWorkbook(in);
		}
		catch (RuntimeException ex) {
			// POI signals a zip bomb or a broken package with runtime exceptions.
			throw InvalidInputException.of("file", "validation.import.notXlsx");
		}
	}

	private Sheet header(Workbook workbook) {
		Sheet sheet = workbook.createSheet("台账");
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row header = sheet.createRow(0);
		for (int i = 0; i < LedgerColumns.HEADERS.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(LedgerColumns.HEADERS.get(i));
			cell.setCellStyle(bold);
			sheet.setColumnWidth(i, (i == LedgerColumns.ID_NUMBER || i == LedgerColumns.ADDRESS) ? 6000 : 3600);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private void write(Row row, Screening screening, Person person, CellStyle date) {
		Trip trip = screening.trip();
		text(row, LedgerColumns.NAME, person.getName());
		text(row, LedgerColumns.SEX, "M".equals(person.getSex()) ? "男" : "F".equals(person.getSex()) ? "女" : null);
		text(row, LedgerColumns.ID_TYPE,
				(person.getIdType() != null) ? LedgerColumns.ID_TYPES.get(person.getIdType()) : null);
		text(row, LedgerColumns.ID_NUMBER, this.protection.decrypt(person.getIdNumberEnc()));
		text(row, LedgerColumns.PHONE, this.protection.decrypt(person.getPhoneEnc()));
		text(row, LedgerColumns.ORIGIN_CLASS,
				(trip.originClass() != null) ? LedgerColumns.ORIGINS.get(trip.originClass()) : null);
		text(row, LedgerColumns.ORIGIN, trip.originPlace());
		date(row, LedgerColumns.ARRIVAL, trip.arrivalDate(), date);
		text(row, LedgerColumns.TRANSPORT,
				(trip.transportMode() != null) ? LedgerColumns.MODES.get(trip.transportMode()) : null);
		text(row, LedgerColumns.TRANSPORT_NUMBER, trip.transportNumber());
		text(row, LedgerColumns.ADDRESS, person.getCurrentAddress());
		text(row, LedgerColumns.GRID, this.screenings.nodeCode(screening.getGridId()));
		text(row, LedgerColumns.MEASURE, LedgerColumns.MEASURES.get(screening.getMeasure()));
		date(row, LedgerColumns.START, screening.getMeasureStart(), date);
		text(row, LedgerColumns.NOTE, trip.note());
	}

	/**
	 * UP5: a cell that would start a formula is written as text with a leading
	 * apostrophe.
	 */
	static String neutralise(String value) {
		if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	private static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(neutralise(value));
		}
	}

	private static void date(Row row, int column, LocalDate value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}
	}

	private TypedQuery<Object[]> query(Actor actor, LedgerFilter filter) {
		List<Long> grids;
		if (filter.nodeId() != null) {
			if (!this.jurisdictions.covers(actor, filter.nodeId())) {
				throw new org.fangkong.shared.NotFoundException("jurisdiction", filter.nodeId());
			}
			grids = this.jurisdictions.subtreeIds(filter.nodeId());
		}
		else {
			grids = this.jurisdictions.scopeIds(actor);
		}
		StringBuilder jpql = new StringBuilder(
				"select s, p from Screening s, Person p where p.id = s.personId and s.gridId in :grids");
		if (filter.originClass() != null) {
			jpql.append(" and s.originClass = :origin");
		}
		if (filter.measure() != null) {
			jpql.append(" and s.measure = :measure");
		}
		if (filter.status() != null) {
			jpql.append(" and s.status = :status");
		}
		if (filter.arrivedFrom() != null) {
			jpql.append(" and s.arrivalDate >= :from");
		}
		if (filter.arrivedTo() != null) {
			jpql.append(" and s.arrivalDate <= :to");
		}
		String sort = (filter.sort() != null) ? SORTS.getOrDefault(filter.sort(), "s.createdAt") : "s.createdAt";
		jpql.append(" order by ").append(sort).append(filter.ascending() ? " asc" : " desc").append(", s.id desc");
		TypedQuery<Object[]> query = this.entityManager.createQuery(jpql.toString(), Object[].class);
		query.setParameter("grids", grids);
		if (filter.originClass() != null) {
			query.setParameter("origin", filter.originClass());
		}
		if (filter.measure() != null) {
			query.setParameter("measure", filter.measure());
		}
		if (filter.status() != null) {
			query.setParameter("status", filter.status());
		}
		if (filter.arrivedFrom() != null) {
			query.setParameter("from", filter.arrivedFrom());
		}
		if (filter.arrivedTo() != null) {
			query.setParameter("to", filter.arrivedTo());
		}
		return query;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

	/**
	 * What the ledger shows: optional node (a grid or township inside the scope), origin
	 * class, measure, status, arrival dates; a sort column from {@link #SORTS}; a page.
	 */
	public record LedgerFilter(Long nodeId, OriginClass originClass, Measure measure, ScreeningStatus status,
			LocalDate arrivedFrom, LocalDate arrivedTo, String sort, boolean ascending, int page, int size) {

		public static LedgerFilter all() {
			return new LedgerFilter(null, null, null, null, null, null, null, false, 0, 50);
		}

		String describe() {
			return "node=" + this.nodeId + " origin=" + this.originClass + " measure=" + this.measure + " status="
					+ this.status + " from=" + this.arrivedFrom + " to=" + this.arrivedTo;
		}

	}

	/** A page of the ledger. */
	public record LedgerPage(List<Screenings.ScreeningView> content, int page, int size, boolean hasNext) {

	}

	/** A rejected row of an import: its row number in the sheet, the column, and why. */
	public record Rejection(int row, String field, String reason) {

	}

	/** What an import did, or in a dry run would do. */
	public record ImportResult(int created, int updated, int unchanged, List<Rejection> rejected, boolean dryRun) {

	}

}
