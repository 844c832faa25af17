package org.fangkong.checkpoint;

import org.fangkong.shared.TravelMode;

/**
 * The travel mode the crew's form starts with at a checkpoint (issue #8 item 5): what
 * most travellers there arrive by, so that the crew changes it only for the exception. A
 * key checkpoint is a railway station, a coach station, an airport or a road (highway
 * toll, road checkpoint); the registry knows no such facility type, so its name tells
 * (火车站, 客运站, 机场); a village or sub-checkpoint sits on a road. A pure rule.
 */
public final class UsualTravelMode {

	private UsualTravelMode() {
	}

	public static TravelMode at(CheckpointView checkpoint) {
		String name = (checkpoint.name() != null) ? checkpoint.name() : "";
		if (checkpoint.kind() == CheckpointKind.KEY) {
			if (name.contains("火车站") || name.contains("高铁") || name.toLowerCase().contains("railway")) {
				return TravelMode.TRAIN;
			}
			if (name.contains("客运") || name.contains("汽车站") || name.toLowerCase().contains("coach")) {
				return TravelMode.COACH;
			}
			if (name.contains("机场") || name.toLowerCase().contains("airport")) {
				return TravelMode.AIR;
			}
		}
		return TravelMode.SELF_DRIVE;
	}

}
