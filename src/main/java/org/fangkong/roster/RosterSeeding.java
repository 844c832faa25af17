package org.fangkong.roster;

import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds people to the staff pool without an acting user: the demo data. Only the modules
 * allowed the {@code seeding} interface may call it.
 */
@Component
@NamedInterface("seeding")
@Transactional
public class RosterSeeding {

	private final StaffPool pool;

	RosterSeeding(StaffPool pool) {
		this.pool = pool;
	}

	/** Adds the people, in one go. */
	public List<StaffPool.StaffView> addStaff(List<StaffPool.NewStaff> people) {
		return this.pool.addAll(people);
	}

}
