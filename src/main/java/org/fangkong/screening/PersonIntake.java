package org.fangkong.screening;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * The person a reported screening is written to (issue #9 item 1, SECURITY.md AC1, AC7).
 * Matching a person by ID number is not permission to see or change them: a match inside
 * the reporter's jurisdiction is updated as before; a match outside it is neither
 * returned, changed nor moved. The report then gets a record of its own, built only from
 * what it says, and the change of residence becomes a {@link PersonTransfers transfer
 * request}. Whether the person exists elsewhere does not change the answer.
 */
@Component
class PersonIntake {

	private final Persons people;

	private final PersonTransfers transfers;

	private final ScreeningRepository screenings;

	private final Jurisdictions jurisdictions;

	PersonIntake(Persons people, PersonTransfers transfers, ScreeningRepository screenings,
			Jurisdictions jurisdictions) {
		this.people = people;
		this.transfers = transfers;
		this.screenings = screenings;
		this.jurisdictions = jurisdictions;
	}

	/**
	 * The person of a report by {@code actor} placed at {@code place}. Refused, before
	 * anything is written, for a person inside the actor's jurisdiction who has an open
	 * screening already (issue #8 item 1: one open screening per person).
	 */
	Person forReport(Actor actor, ScreeningRules.Valid valid, NewScreening input, Persons.Placement place) {
		Person known = this.people.match(valid.idType(), valid.idNumber()).orElse(null);
		if (known != null && !this.jurisdictions.covers(actor, known.getGridId())) {
			Person reported = this.people.reported(valid.idType(), valid.idNumber(), valid.name(), valid.phone(),
					valid.sex(), input.currentAddress(), input.householdAddress(), place);
			this.transfers.request(known, reported, place, actor.username());
			return reported;
		}
		if (known != null) {
			this.screenings.findOpenOf(known.getId()).stream().findFirst().ifPresent((open) -> {
				throw InvalidInputException.of("idNumber", "validation.screening.openExists", open.getId());
			});
		}
		return this.people.findOrCreate(valid.idType(), valid.idNumber(), valid.name(), valid.phone(), valid.sex(),
				input.currentAddress(), input.householdAddress(), place);
	}

}
