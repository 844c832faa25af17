package org.fangkong.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.jurisdiction.ResponsibilityLink;
import org.fangkong.screening.Screenings.ResponsibleView;
import org.fangkong.screening.ScreeningViews.Row;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ContactRules;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.Masking;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chain of cadres responsible for each screened person (四级包保, R-GRID-2): from the
 * household (or grid) upwards, as the jurisdiction tree names them, with the cadres named
 * for one person instead.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = InvalidInputException.class)
public class ResponsibleCadres {

	private final ResponsibleOverrideRepository overrides;

	private final ScreeningAccess access;

	private final Jurisdictions jurisdictions;

	ResponsibleCadres(ResponsibleOverrideRepository overrides, ScreeningAccess access, Jurisdictions jurisdictions) {
		this.overrides = overrides;
		this.access = access;
		this.jurisdictions = jurisdictions;
	}

	/** R-GRID-2: names another cadre for this person at one level of the chain. */
	@Transactional
	public void overrideResponsible(Actor actor, long screeningId, NodeKind level, String name, String title,
			String phone) {
		ScreeningAccess.requireRole(actor, ScreeningAccess.APPROVERS);
		this.access.load(actor, screeningId);
		if (name == null || name.isBlank() || name.length() > 50) {
			throw InvalidInputException.of("name", "validation.required");
		}
		if (phone != null && !phone.isBlank() && !ContactRules.isMobile(phone)) {
			throw InvalidInputException.of("phone", "validation.phone");
		}
		this.overrides
			.save(new ResponsibleOverride(screeningId, level, name.strip(), title, DailyChecks.blankToNull(phone)));
	}

	/**
	 * The chain of each row, in the rows' order, in three queries whatever the number of
	 * rows; phones masked as the actor's role asks (AC5).
	 */
	List<List<ResponsibleView>> chainsFor(List<Row> rows, Actor actor) {
		List<Long> screeningIds = rows.stream().map((row) -> row.screening().getId()).filter(Objects::nonNull).toList();
		Map<Long, Map<NodeKind, ResponsibleOverride>> overridden = screeningIds.isEmpty() ? Map.of()
				: this.overrides.findByScreeningIdIn(screeningIds)
					.stream()
					.collect(Collectors.groupingBy(ResponsibleOverride::getScreeningId,
							Collectors.toMap(ResponsibleOverride::getLevel, (o) -> o)));
		Map<Long, List<ResponsibilityLink>> chains = this.jurisdictions
			.responsibilityChains(rows.stream().map(ResponsibleCadres::chainNode).toList());
		List<List<ResponsibleView>> result = new ArrayList<>();
		for (Row row : rows) {
			Map<NodeKind, ResponsibleOverride> named = (row.screening().getId() != null)
					? overridden.getOrDefault(row.screening().getId(), Map.of()) : Map.of();
			List<ResponsibleView> chain = new ArrayList<>();
			for (ResponsibilityLink link : chains.getOrDefault(chainNode(row), List.of())) {
				ResponsibleOverride override = named.get(link.level());
				String name = (override != null) ? override.getName() : link.responsible().name();
				String title = (override != null) ? override.getTitle() : link.responsible().title();
				String phone = (override != null) ? override.getPhone() : link.responsible().phone();
				chain.add(new ResponsibleView(link.level(), link.nodeName(), name, title,
						Masking.phoneFor(actor, phone), override != null));
			}
			result.add(chain);
		}
		return result;
	}

	/** Where the chain starts: the person's household if known, else the grid. */
	private static long chainNode(Row row) {
		return (row.person().getHouseholdId() != null) ? row.person().getHouseholdId() : row.screening().getGridId();
	}

}
