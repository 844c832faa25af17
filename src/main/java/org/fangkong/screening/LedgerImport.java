package org.fangkong.screening;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.fangkong.shared.IdType;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.PersonalDataProtection;
import org.fangkong.shared.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Imports handed-down lists and ledgers from .xlsx (UP1–UP4), with the export's columns:
 * each row passes the same validation and jurisdiction checks as the form; a row for a
 * person and arrival already screened updates that screening, unless it is final.
 */
@Service
@Transactional(readOnly = true)
public class LedgerImport {

	/**
	 * UP2, issue #9 item 3: the most non-blank rows below the header an import takes by
	 * default; reading stops at the next one. {@code fangkong.screening.import.max-rows}.
	 */
	static final int MAX_ROWS = 5_000;

	/**
	 * W2: the cap for the HQ (commanders and HQ staff), who import the city's ledger in
	 * one file. {@code fangkong.screening.import.max-rows-hq}.
	 */
	static final int MAX_ROWS_HQ = 100_000;

	/** Rows validated, looked up and written together. */
	static final int CHUNK = 500;

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

	private final LedgerBulkWriter bulk;

	private final int maxRows;

	private final int maxRowsHq;

	LedgerImport(Screenings screenings, Persons people, PersonRepository persons,
			ScreeningRepository screeningRepository, ScreeningAccess access, Jurisdictions jurisdictions,
			PersonalDataProtection protection, ScreeningSettings settings, AuditTrail audit, MessageSource messages,
			ImportGuard guard, LedgerBulkWriter bulk,
			@Value("${fangkong.screening.import.max-rows:" + MAX_ROWS + "}") int maxRows,
			@Value("${fangkong.screening.import.max-rows-hq:" + MAX_ROWS_HQ + "}") int maxRowsHq) {
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
		this.bulk = bulk;
		this.maxRows = maxRows;
		this.maxRowsHq = Math.max(maxRows, maxRowsHq);
		LedgerSheet.allowRows(this.maxRowsHq);
	}

	/**
	 * Imports a workbook. A dry run only reports what it would create and update, and
	 * every rejected row with its number and reason; otherwise the valid rows are written
	 * in one transaction. One import at a time per user: another one while it runs is
	 * refused with {@link ImportBusyException} and changes nothing. The file is read as a
	 * stream (W2: memory stays flat), a chunk of rows at a time: the people of a chunk
	 * are looked up in one query and the new ones written in batches
	 * ({@link LedgerBulkWriter}); the rows of known people go through the screening rules
	 * one by one. A file with more rows than the actor's cap ({@link #maxRowsOf}) is
	 * refused at the row after it, and nothing of it is kept.
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public ImportResult importWorkbook(Actor actor, InputStream content, boolean dryRun, Locale locale) {
		ScreeningAccess.requireRole(actor, LedgerExport.EXPORTERS);
		Run run = new Run(actor, dryRun, locale);
		Runnable release = this.guard.enter(actor);
		try {
			LedgerSheet.stream(content, maxRowsOf(actor), run);
			run.flush();
		}
		catch (IOException ex) {
			throw refused(dryRun, InvalidInputException.of("file", "validation.import.notXlsx"));
		}
		catch (InvalidInputException ex) {
			// the file itself is refused (header, cap, a broken part): rows already
			// written
			// go
			throw refused(dryRun, ex);
		}
		finally {
			release.run();
		}
		this.audit.record(AuditAction.IMPORT, "ledger", null, AuditTrail.SUCCESS, (dryRun ? "dry run" : "commit")
				+ " created=" + run.created + " updated=" + run.updated + " rejected=" + run.rejected.size());
		return new ImportResult(run.created, run.updated, run.unchanged, run.rejected, dryRun);
	}

	/** The most rows a file of this actor may hold: more for the HQ. */
	int maxRowsOf(Actor actor) {
		return actor.hasAny(Role.COMMANDER, Role.HQ_STAFF) ? this.maxRowsHq : this.maxRows;
	}

	private static InvalidInputException refused(boolean dryRun, InvalidInputException ex) {
		if (!dryRun && TransactionSynchronizationManager.isActualTransactionActive()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		}
		return ex;
	}

	/** One import's state: the sink of the sheet's rows, a chunk at a time. */
	private final class Run implements LedgerSheet.Sink {

		private final Actor actor;

		private final boolean dryRun;

		private final Locale locale;

		private final List<Rejection> rejected = new ArrayList<>();

		private final Set<String> seen = new HashSet<>();

		private final List<Pending> pending = new ArrayList<>(CHUNK);

		private final Map<Long, Persons.Placement> places = new HashMap<>();

		private final Map<String, Optional<Long>> codes = new HashMap<>();

		private final Map<Long, Optional<org.fangkong.jurisdiction.NodeKind>> kinds = new HashMap<>();

		private final Map<Long, Boolean> covered = new HashMap<>();

		private LedgerRowReader reader;

		private int created;

		private int updated;

		private int unchanged;

		Run(Actor actor, boolean dryRun, Locale locale) {
			this.actor = actor;
			this.dryRun = dryRun;
			this.locale = locale;
		}

		@Override
		public void header(List<String> texts) {
			Map<Integer, Integer> columns = LedgerColumns.columnsOf(texts);
			if (!columns.containsKey(LedgerColumns.NAME) || !columns.containsKey(LedgerColumns.GRID)) {
				throw InvalidInputException.of("file", "validation.import.header");
			}
			this.reader = new LedgerRowReader(columns, (code) -> this.codes.computeIfAbsent(code,
					(c) -> LedgerImport.this.jurisdictions.findByCode(c).map(JurisdictionView::id)));
		}

		@Override
		public void row(LedgerSheet.Row row) {
			int rowNumber = row.number();
			try {
				NewScreening input = this.reader.read(row);
				ScreeningRules.Valid valid = LedgerImport.this.screenings.validate(this.actor, input, this.kinds,
						this.covered);
				String key = (valid.idNumber() != null) ? valid.idNumber() + "|" + input.arrivalDate() : null;
				if (key != null && !this.seen.add(key)) {
					this.rejected.add(new Rejection(rowNumber, LedgerColumns.HEADERS.get(LedgerColumns.ID_NUMBER),
							LedgerImport.this.messages.getMessage("validation.import.duplicate", null,
									"validation.import.duplicate", this.locale)));
					return;
				}
				this.pending.add(new Pending(rowNumber, input, valid));
			}
			catch (InvalidInputException ex) {
				reject(rowNumber, ex);
			}
			if (this.pending.size() >= CHUNK) {
				flush();
			}
		}

		/**
		 * The pending rows: new people (not stored, first in the chunk) in batches, the
		 * others one by one.
		 */
		void flush() {
			if (this.pending.isEmpty()) {
				return;
			}
			List<IdType> types = new ArrayList<>();
			List<String> hashes = new ArrayList<>();
			List<String> rowHashes = new ArrayList<>(this.pending.size());
			for (Pending p : this.pending) {
				String hash = (p.valid().idNumber() != null)
						? LedgerImport.this.protection.lookupHash(p.valid().idNumber()) : null;
				rowHashes.add(hash);
				if (hash != null) {
					types.add(p.valid().idType());
					hashes.add(hash);
				}
			}
			Map<String, Long> known = LedgerImport.this.bulk.known(types, hashes);
			Set<String> fresh = new HashSet<>();
			List<LedgerBulkWriter.NewRow> news = new ArrayList<>();
			List<Pending> others = new ArrayList<>();
			for (int i = 0; i < this.pending.size(); i++) {
				Pending p = this.pending.get(i);
				String hash = rowHashes.get(i);
				String identity = p.valid().idType() + "|" + hash;
				if (hash != null && !known.containsKey(identity) && fresh.add(identity)) {
					news.add(new LedgerBulkWriter.NewRow(p.input(), p.valid(), hash, place(p.valid().nodeId())));
				}
				else {
					others.add(p);
				}
			}
			this.pending.clear();
			if (!this.dryRun) {
				LedgerImport.this.bulk.create(this.actor, news);
			}
			this.created += news.size();
			for (Pending p : others) {
				try {
					switch (apply(this.actor, p.valid(), p.input(), this.dryRun, place(p.valid().nodeId()))) {
						case CREATED -> this.created++;
						case UPDATED -> this.updated++;
						case UNCHANGED -> this.unchanged++;
					}
				}
				catch (InvalidInputException ex) {
					reject(p.rowNumber(), ex);
				}
			}
		}

		private Persons.Placement place(long nodeId) {
			return this.places.computeIfAbsent(nodeId, LedgerImport.this.people::placement);
		}

		private void reject(int rowNumber, InvalidInputException ex) {
			for (InvalidInputException.Violation v : ex.violations()) {
				Integer column = LedgerColumns.FIELDS.get(v.field());
				this.rejected.add(new Rejection(rowNumber,
						(column != null) ? LedgerColumns.HEADERS.get(column) : v.field(),
						LedgerImport.this.messages.getMessage(v.messageKey(), v.args(), v.messageKey(), this.locale)));
			}
		}

	}

	/** A valid row waiting for its chunk. */
	private record Pending(int rowNumber, NewScreening input, ScreeningRules.Valid valid) {

	}

	private Outcome apply(Actor actor, ScreeningRules.Valid valid, NewScreening input, boolean dryRun,
			Persons.Placement place) {
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
