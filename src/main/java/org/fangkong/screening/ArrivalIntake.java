package org.fangkong.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.fangkong.checkpoint.RegistrationSubjects;
import org.fangkong.checkpoint.TravellerArrived;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-SCR-1: a traveller from outside registered at a checkpoint, bound for a node of the
 * city, is screened in the destination grid at once, under the measure the rule gives
 * their origin, without anyone typing them in again.
 */
@Component
class ArrivalIntake {

	private final ScreeningRepository screenings;

	private final ScreeningCrossingRepository crossings;

	private final Persons persons;

	private final ScreeningAccess access;

	private final RegistrationSubjects subjects;

	private final ScreeningSettings settings;

	private final PersonTransfers transfers;

	private final Clock clock;

	ArrivalIntake(ScreeningRepository screenings, ScreeningCrossingRepository crossings, Persons persons,
			ScreeningAccess access, RegistrationSubjects subjects, ScreeningSettings settings,
			PersonTransfers transfers, Clock clock) {
		this.transfers = transfers;
		this.screenings = screenings;
		this.crossings = crossings;
		this.persons = persons;
		this.access = access;
		this.subjects = subjects;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Screens the traveller of an arrival. A person with an open screening (issue #8 item
	 * 1) gets the crossing added to it, not a second screening; otherwise a screening is
	 * opened. The person's row is locked first, so two arrivals of one person at once end
	 * with one screening. Idempotent: an arrival already screened (the registration id is
	 * unique on the crossings) does nothing the second time.
	 */
	@Transactional
	void screen(TravellerArrived arrival) {
		if (this.crossings.existsByRegistrationId(arrival.registrationId())
				|| this.screenings.existsByRegistrationId(arrival.registrationId())) {
			return;
		}
		RegistrationSubjects.Subject subject = this.subjects.subject(arrival.registrationId()).orElse(null);
		if (subject == null) {
			return;
		}
		Persons.Placement place = this.persons.placement(arrival.destinationJurisdictionId());
		// Issue #9 item 1: the destination decides the grid. A person known in another
		// grid
		// is neither changed nor moved by the crew's entry: the crossing joins their open
		// screening, or the arrival is screened on a record of its own; either way the
		// move
		// waits for an approver.
		Person known = this.persons.match(subject.idType(), subject.idNumber()).orElse(null);
		boolean elsewhere = known != null && known.getGridId() != place.gridId();
		Screening open = (known != null) ? this.screenings.findOpenOf(known.getId()).stream().findFirst().orElse(null)
				: null;
		Person person;
		if (!elsewhere) {
			// the person was matched (and locked) above: no second lookup
			person = this.persons.updateOrCreate(known, subject.idType(), subject.idNumber(), subject.name(),
					subject.phone(), null, null, null, place);
		}
		else if (open != null) {
			person = known;
			this.transfers.request(known, null, place, ScreeningAccess.SYSTEM);
		}
		else {
			person = this.persons.reported(subject.idType(), subject.idNumber(), subject.name(), subject.phone(), null,
					null, null, place);
			this.transfers.request(known, person, place, ScreeningAccess.SYSTEM);
		}
		Instant now = Instant.now(this.clock);
		LocalDate arrived = arrival.crossedAt().atZone(this.clock.getZone()).toLocalDate();
		if (open != null) {
			this.crossings.save(new ScreeningCrossing(open.getId(), arrival.registrationId(), arrival.checkpointId(),
					arrival.crossedAt(), now));
			this.access.record(open, ScreeningAccess.SYSTEM, null, "CROSSED", open.getStatus(), open.getStatus(),
					arrived + " " + subject.originClass() + " " + subject.temperature() + " °C");
			return;
		}
		Trip trip = new Trip(subject.originClass(), subject.originPlace(), null, arrived, subject.travelMode(),
				subject.plate(), null, null, null, "入境卡点体温 " + subject.temperature() + " °C", null);
		Screening opened = new Screening(person.getId(), place.gridId(), place.gridPath(), LeadSource.CHECKPOINT,
				arrival.registrationId(), trip, now, ScreeningAccess.SYSTEM);
		Measure measure = this.settings.measureFor(subject.originClass());
		// under the measure before the insert: one row written, not an insert and then an
		// update of every index of the ledger (issue #19)
		opened.placeUnder(measure, arrived, this.settings.daysOf(measure));
		Screening screening = this.screenings.save(opened);
		this.crossings.save(new ScreeningCrossing(screening.getId(), arrival.registrationId(), arrival.checkpointId(),
				arrival.crossedAt(), now));
		this.access.record(screening, ScreeningAccess.SYSTEM, null, "CREATED", null, screening.getStatus(),
				"from checkpoint registration");
	}

}
