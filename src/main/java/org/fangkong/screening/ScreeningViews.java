package org.fangkong.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.Screenings.FeverFlag;
import org.fangkong.screening.Screenings.NodeRef;
import org.fangkong.screening.Screenings.ResponsibleView;
import org.fangkong.screening.Screenings.ScreeningView;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Masking;
import org.fangkong.shared.PersonalDataProtection;

import org.springframework.stereotype.Component;

/**
 * Screenings as a user may see them (SECURITY.md AC5): identifiers decrypted and masked
 * by role, the grid named, the chain of responsibility attached. A list is built a page
 * at a time: a fixed number of queries for the whole page, and only the page's rows
 * decrypted.
 */
@Component
class ScreeningViews {

	private final Jurisdictions jurisdictions;

	private final ResponsibleCadres cadres;

	private final PersonalDataProtection protection;

	private final FeverFlags fevers;

	ScreeningViews(Jurisdictions jurisdictions, ResponsibleCadres cadres, PersonalDataProtection protection,
			FeverFlags fevers) {
		this.fevers = fevers;
		this.jurisdictions = jurisdictions;
		this.cadres = cadres;
		this.protection = protection;
	}

	ScreeningView toView(Screening screening, Person person, Actor actor) {
		return toViews(List.of(new Row(screening, person)), actor).get(0);
	}

	/** The views of a page of rows, in their order. */
	List<ScreeningView> toViews(List<Row> rows, Actor actor) {
		Map<Long, JurisdictionView> grids = this.jurisdictions
			.findAll(rows.stream().map((row) -> row.screening().getGridId()).toList());
		List<List<ResponsibleView>> chains = this.cadres.chainsFor(rows, actor);
		Map<Long, FeverFlag> fevers = this.fevers
			.of(rows.stream().map((row) -> row.screening().getId()).filter(Objects::nonNull).toList());
		boolean full = actor.seesFullIdentifiers();
		List<ScreeningView> views = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			Screening screening = rows.get(i).screening();
			Person person = rows.get(i).person();
			String idNumber = this.protection.decrypt(person.getIdNumberEnc());
			String phone = this.protection.decrypt(person.getPhoneEnc());
			JurisdictionView grid = grids.get(screening.getGridId());
			views.add(new ScreeningView(screening.getId(), person.getId(), person.getName(), person.getSex(),
					person.getIdType(), (idNumber != null) ? Masking.idNumber(idNumber) : null, full ? idNumber : null,
					full ? phone : Masking.phone(phone), person.getCurrentAddress(), person.getHouseholdAddress(),
					new NodeRef(screening.getGridId(), (grid != null) ? grid.name() : "?",
							(grid != null) ? grid.code() : "?"),
					screening.getLeadSource(), screening.getLeadCheck(), screening.trip(), screening.getMeasure(),
					screening.getMeasureStart(), screening.getMeasureEnd(), screening.getStatus(),
					screening.getReleasedOn(), screening.getReleasedBy(), chains.get(i), screening.getVersion(),
					fevers.get(screening.getId())));
		}
		return views;
	}

	/** A screening with its person: a row of a list. */
	record Row(Screening screening, Person person) {

	}

}
