package org.fangkong.gis;

import org.fangkong.screening.PersonPlaced;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the point of a person's home that a form's pin gave (issue #14 item 4): the key
 * persons' layer places the person there from then on ({@code placedBy} PERSON). Runs in
 * the publisher's transaction, not after it: the point is part of the report the user
 * saved, stored with it or not at all.
 */
@Component
class PersonPoints {

	private final PlaceStore store;

	PersonPoints(PlaceStore store) {
		this.store = store;
	}

	@EventListener
	void on(PersonPlaced placed) {
		if (Math.abs(placed.longitude()) > 180 || Math.abs(placed.latitude()) > 90) {
			throw new IllegalArgumentException("a point out of range: " + placed);
		}
		this.store.savePersonPoint(placed.personId(), placed.longitude(), placed.latitude(), false);
	}

}
