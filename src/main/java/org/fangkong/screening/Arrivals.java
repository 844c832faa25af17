package org.fangkong.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.fangkong.checkpoint.TravellerArrived;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.OriginClass;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Arrivals handed to screening (R-SCR-1): a traveller from outside registered at a
 * checkpoint appears to the screening side of the grid they are bound for, without anyone
 * typing them in again.
 */
@Service
@Transactional(readOnly = true)
public class Arrivals {

	private final ArrivalLeadRepository leads;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	Arrivals(ArrivalLeadRepository leads, Jurisdictions jurisdictions, Clock clock) {
		this.leads = leads;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(TravellerArrived arrival) {
		if (this.leads.existsByRegistrationId(arrival.registrationId())) {
			return;
		}
		// The grid is the destination itself or the village/community above a household
		// or group.
		long grid = this.jurisdictions.breadcrumbsUnscoped(arrival.destinationJurisdictionId())
			.stream()
			.filter(JurisdictionView::isGrid)
			.reduce((first, second) -> second)
			.map(JurisdictionView::id)
			.orElse(arrival.destinationJurisdictionId());
		this.leads.save(new ArrivalLead(arrival.registrationId(), arrival.checkpointId(), grid, arrival.originClass(),
				arrival.crossedAt(), Instant.now(this.clock)));
	}

	/** The arrivals handed to grids inside the actor's jurisdiction, newest first. */
	public List<ArrivalView> visibleTo(Actor actor) {
		return this.leads.findByGridIdInOrderByArrivedAtDesc(this.jurisdictions.scopeIds(actor))
			.stream()
			.map(ArrivalLead::toView)
			.toList();
	}

	/** An arrival handed to a grid. */
	public record ArrivalView(long id, long registrationId, long checkpointId, long gridId, OriginClass originClass,
			Instant arrivedAt, String status) {

	}

}
