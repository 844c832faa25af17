package org.fangkong.screening;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.PersonalDataProtection;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports handed-down lists and ledgers from .xlsx (UP1–UP4), with the export's columns:
 * each row passes the same validation and jurisdiction checks as the form; a row for a
 * person and arrival already screened updates that screening, unless it is final.
 */
@Service
@Transactional(readOnly = true)
public class LedgerImport {

	/**
	 * UP2, issue #9 item 3: the most non-blank rows below the header an import takes;
	 * reading stops at the next one.
	 */
	static final int MAX_ROWS = 5_000;

	private final Screenings screenings;

	private final Persons people;

	private final PersonRepository persons;

	private final ScreeningRepository screeningRepository;

	private final ScreeningAccess access;

	private final Jurisdictions jurisdictions;

	private final PersonalDataProtection protection;

	private final ScreeningSettings settings;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final ImportGuard guard;

	LedgerImport(Screenings screenings, Persons people, PersonRepository persons,
			ScreeningRepository screeningRepository, ScreeningAccess access, Jurisdictions jurisdictions,
			PersonalDataProtection protection, ScreeningSettings settings, AuditTrail audit, MessageSource messages,
			ImportGuard guard) {
		this.screenings = screenings;
		this.people = people;
		this.persons = persons;
		this.screeningRepository = screeningRepository;
		this.access = access;
		this.jurisdictions = jurisdictions;
		this.protection = protection;
		this.settings = settings;
		this.audit = audit;
		this.messages = messages;
		this.guard = guard;
	}

	/**
	 * Imports a workbook. A dry run only reports what it would create and update, and
	 * every rejected row with its number and reason; otherwise the valid rows are written
	 * in one transaction. One import at a time per user: another one while it runs is
	 * refused with {@link ImportBusyException} and changes nothing. The file is read as a
	 * stream and refused at the row after {@link #MAX_ROWS}.
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public ImportResult importWorkbook(Actor actor, InputStream content, boolean dryRun, Locale locale) {
		ScreeningAccess.requireRole(actor, LedgerExport.EXPORTERS);
		List<Rejection> rejected = new ArrayList<>();
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		Runnable release = this.guard.enter(actor);
		try {
			LedgerSheet sheet = LedgerSheet.read(content, MAX_ROWS);
			Map<Integer, Integer> columns = LedgerColumns.columnsOf(sheet.header());
			if (!columns.containsKey(LedgerColumns.NAME) || !columns.containsKey(LedgerColumns.GRID)) {
				throw InvalidInputException.of("file", "validation.import.header");
			}
			LedgerRowReader reader = new LedgerRowReader(columns,
					(code) -> this.jurisdictions.findByCode(code).map(JurisdictionView::id));
			Set<String> seen = new HashSet<>();
			for (LedgerSheet.Row row : sheet.rows()) {
				int rowNumber = row.number();
				try {
					NewScreening input = reader.read(row);
					ScreeningRules.Valid valid = this.screenings.validate(actor, input);
					String key = (valid.idNumber() != null) ? valid.idNumber() + "|" + input.arrivalDate() : null;
					if (key != null && !seen.add(key)) {
						rejected.add(new Rejection(rowNumber, LedgerColumns.HEADERS.get(LedgerColumns.ID_NUMBER),
								this.messages.getMessage("validation.import.duplicate", null,
										"validation.import.duplicate", locale)));
						continue;
					}
					switch (apply(actor, valid, input, dryRun)) {
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
		finally {
			release.run();
		}
		this.audit.record(AuditAction.IMPORT, "ledger", null, AuditTrail.SUCCESS, (dryRun ? "dry run" : "commit")
				+ " created=" + created + " updated=" + updated + " rejected=" + rejected.size());
		return new ImportResult(created, updated, unchanged, rejected, dryRun);
	}

	private Outcome apply(Actor actor, ScreeningRules.Valid valid, NewScreening input, boolean dryRun) {
		Persons.Placement place = this.people.placement(valid.nodeId());
		Optional<Person> person = (valid.idNumber() != null)
				? this.persons.findByIdTypeAndIdNumberHash(valid.idType(), this.protection.lookupHash(valid.idNumber()))
					// Issue #9 item 1: a person outside the actor's jurisdiction is
					// reported
					// like a new one (the commit asks for a transfer), never as found.
					.filter((p) -> this.jurisdictions.covers(actor, p.getGridId()))
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
		boolean moved = s.getGridId() != place.gridId();
		boolean personChanges = !Objects.equals(p.getName(), valid.name())
				|| (valid.sex() != null && !Objects.equals(p.getSex(), valid.sex()))
				|| (valid.phone() != null && !Objects.equals(this.protection.decrypt(p.getPhoneEnc()), valid.phone()))
				|| (input.currentAddress() != null && !Objects.equals(p.getCurrentAddress(), input.currentAddress()))
				|| moved;
		Trip merged = mergeTrip(s.trip(), valid.trip());
		boolean tripChanges = !merged.equals(s.trip());
		boolean measureChanges = !s.isFinal() && (s.getMeasure() != valid.measure()
				|| (valid.measure() != Measure.NONE && !Objects.equals(s.getMeasureStart(), valid.measureStart())));
		if (!personChanges && !tripChanges && !measureChanges) {
			return Outcome.UNCHANGED;
		}
		if (tripChanges || moved) {
			// R-SCR-2: a released or closed screening is not changed again; the row is
			// rejected.
			s.requireOpen();
		}
		if (measureChanges) {
			// Issue #9 item 2: a row with 无 does not end a measure; the row is rejected
			// before anything of it is written, and the measure ends by a release only.
			s.requireMeasureMayBecome(valid.measure());
		}
		if (!dryRun) {
			p.update(valid.name(), valid.sex(), this.protection.encrypt(valid.phone()), input.currentAddress(), null,
					place.gridId(), place.householdId());
			LedgerSearch.index(p, null, valid.phone(), this.protection::lookupHash);
			if (tripChanges) {
				s.describe(merged);
			}
			if (moved) {
				s.moveTo(place.gridId(), place.gridPath());
			}
			if (measureChanges) {
				ScreeningStatus before = s.getStatus();
				s.placeUnder(valid.measure(), valid.measureStart(), this.settings.daysOf(valid.measure()));
				this.access.record(s, actor, "MEASURE_CHANGED", before, s.getStatus(), "import");
			}
			this.access.record(s, actor, "UPDATED", s.getStatus(), s.getStatus(), "import");
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

	private enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

	/** A rejected row of an import: its row number in the sheet, the column, and why. */
	public record Rejection(int row, String field, String reason) {

	}

	/** What an import did, or in a dry run would do. */
	public record ImportResult(int created, int updated, int unchanged, List<Rejection> rejected, boolean dryRun) {

	}

}
