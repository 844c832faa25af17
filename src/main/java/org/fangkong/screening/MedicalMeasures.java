package org.fangkong.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The medics' outcome of a referral changes the person's measure in the ledger (issue #12
 * item 2) through screening's own rules and history, never by another module writing
 * screening's tables. A trusted entry point without an acting user: only the modules
 * allowed the {@code measures} interface (medical, from its listener of its own referral
 * events) may call it; pages never do.
 */
@Service
@NamedInterface("measures")
@Transactional
public class MedicalMeasures {

	/** The history action of a measure changed by a medical outcome. */
	static final String ACTION = "MEDICAL_OUTCOME";

	private final ScreeningRepository screenings;

	private final ScreeningAccess access;

	private final ScreeningSettings settings;

	private final Clock clock;

	MedicalMeasures(ScreeningRepository screenings, ScreeningAccess access, ScreeningSettings settings, Clock clock) {
		this.screenings = screenings;
		this.access = access;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Puts the person of screening {@code screeningId} under {@code measure} from today
	 * for the measure's configured days, with a history line by the medic naming the
	 * referral. Idempotent: a screening already under that measure is left as it is. A
	 * released or closed screening is not reopened.
	 */
	public Result apply(long screeningId, Measure measure, String medic, String medicName, String detail) {
		Optional<Screening> found = this.screenings.findById(screeningId);
		if (found.isEmpty()) {
			return Result.NO_SCREENING;
		}
		Screening screening = found.get();
		if (screening.isFinal()) {
			return Result.SCREENING_FINAL;
		}
		if (screening.getStatus() == ScreeningStatus.UNDER_MEASURE && screening.getMeasure() == measure) {
			return Result.UNCHANGED;
		}
		ScreeningStatus from = screening.getStatus();
		screening.placeUnder(measure, LocalDate.now(this.clock), this.settings.daysOf(measure));
		this.access.record(screening, medic, medicName, ACTION, from, screening.getStatus(), detail);
		return Result.APPLIED;
	}

	/** The person of a screening, for the referral's {@code personId}. */
	@Transactional(readOnly = true)
	public Optional<Long> personOf(long screeningId) {
		return this.screenings.findById(screeningId).map(Screening::getPersonId);
	}

	/** The measure a screening holds now, when it is under one. */
	@Transactional(readOnly = true)
	public Optional<Measure> measureOf(long screeningId) {
		return this.screenings.findById(screeningId)
			.filter((s) -> s.getStatus() == ScreeningStatus.UNDER_MEASURE)
			.map(Screening::getMeasure);
	}

	/** What became of a measure asked for. */
	public enum Result {

		APPLIED, UNCHANGED, NO_SCREENING, SCREENING_FINAL

	}

}
