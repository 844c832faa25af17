package org.fangkong.reporting;

import java.util.List;
import java.util.Optional;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NodeKind;

import org.springframework.stereotype.Component;

/** Which nodes file a daily report, and which node's users approve it. */
@Component
class ReportUnits {

	private final Jurisdictions jurisdictions;

	ReportUnits(Jurisdictions jurisdictions) {
		this.jurisdictions = jurisdictions;
	}

	/** The unit of a node, or empty when the node files no report. */
	Optional<Unit> of(JurisdictionView node) {
		return ReportLevel.of(node.kind()).map((level) -> {
			if (level == ReportLevel.CITY) {
				return new Unit(node, level, node.id(), true);
			}
			List<JurisdictionView> path = this.jurisdictions.breadcrumbsUnscoped(node.id());
			for (int i = path.size() - 2; i >= 0; i--) {
				JurisdictionView above = path.get(i);
				boolean city = above.kind() == NodeKind.CITY;
				if (city || (level == ReportLevel.GRID && above.kind() == NodeKind.TOWNSHIP)) {
					return new Unit(node, level, above.id(), city);
				}
			}
			return new Unit(node, level, null, false);
		});
	}

	Optional<Unit> of(long nodeId) {
		return this.jurisdictions.find(nodeId).flatMap(this::of);
	}

	/**
	 * A reporting unit.
	 *
	 * @param node its node
	 * @param level grid, township or city
	 * @param approvingUnitId the node whose users approve its report
	 * @param approvingIsCity whether that node is the city
	 */
	record Unit(JurisdictionView node, ReportLevel level, Long approvingUnitId, boolean approvingIsCity) {

	}

}
