package org.fangkong.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.ContactTracing;
import org.fangkong.shared.Actor;

import org.springframework.stereotype.Component;

/**
 * Cases and contacts as a user may see them: the person's name and ID number (in full for
 * the roles that need it, SECURITY.md AC5), the grid named. A page of rows in a fixed
 * number of queries.
 */
@Component
class CaseViews {

	private final ContactTracing tracing;

	private final Jurisdictions jurisdictions;

	CaseViews(ContactTracing tracing, Jurisdictions jurisdictions) {
		this.tracing = tracing;
		this.jurisdictions = jurisdictions;
	}

	List<Cases.CaseView> cases(List<CaseFile> rows, Actor actor) {
		Map<Long, ContactTracing.PersonRef> people = this.tracing
			.persons(rows.stream().map(CaseFile::getPersonId).toList());
		Map<Long, JurisdictionView> grids = this.jurisdictions.findAll(rows.stream().map(CaseFile::getGridId).toList());
		List<Cases.CaseView> views = new ArrayList<>(rows.size());
		for (CaseFile row : rows) {
			ContactTracing.PersonRef person = people.get(row.getPersonId());
			JurisdictionView grid = grids.get(row.getGridId());
			views.add(new Cases.CaseView(row.getId(), row.getPersonId(), name(person), idNumber(person, actor),
					row.getGridId(), (grid != null) ? grid.name() : "?", row.getClassification(), row.getOnsetDate(),
					row.getSourceKind(), row.getOriginClass(), row.getOriginPlace(), row.getSourceCaseId(),
					row.getReferralId(), row.getOpenedAt(), row.getOpenedBy()));
		}
		return views;
	}

	Cases.CaseView caseView(CaseFile row, Actor actor) {
		return cases(List.of(row), actor).get(0);
	}

	/** Contacts with their follow-up; {@code withCase} false leaves the case out. */
	List<ContactView> contacts(List<CaseContact> rows, Actor actor, boolean withCase) {
		Map<Long, ContactTracing.PersonRef> people = this.tracing
			.persons(rows.stream().map(CaseContact::getPersonId).toList());
		Map<Long, JurisdictionView> grids = this.jurisdictions
			.findAll(rows.stream().map(CaseContact::getGridId).toList());
		List<ContactView> views = new ArrayList<>(rows.size());
		for (CaseContact row : rows) {
			ContactTracing.PersonRef person = people.get(row.getPersonId());
			JurisdictionView grid = grids.get(row.getGridId());
			ContactTracing.FollowUp follow = (row.getScreeningId() != null)
					? this.tracing.followUp(row.getScreeningId()).orElse(null) : null;
			views.add(new ContactView(row.getId(), withCase ? row.getCaseId() : null, row.getPersonId(), name(person),
					idNumber(person, actor), row.getGridId(), (grid != null) ? grid.name() : "?",
					withCase ? row.getReason() : null, row.getExposureType(), row.getLastExposure(), row.getStatus(),
					row.getScreeningId(), (follow != null) ? follow.measure().name() : null,
					(follow != null) ? follow.until() : null));
		}
		return views;
	}

	static String name(ContactTracing.PersonRef person) {
		return (person != null) ? person.name() : "?";
	}

	static String idNumber(ContactTracing.PersonRef person, Actor actor) {
		if (person == null) {
			return null;
		}
		return actor.seesFullIdentifiers() ? person.idNumber() : person.idNumberMasked();
	}

}
