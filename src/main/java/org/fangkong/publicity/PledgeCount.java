package org.fangkong.publicity;

import java.util.List;

/** The pledge counter: in total and per township. */
public record PledgeCount(long count, List<Township> byTownship) {

	public PledgeCount {
		byTownship = List.copyOf(byTownship);
	}

	/** One township's pledges. */
	public record Township(long townshipId, String name, long count) {

	}

}
