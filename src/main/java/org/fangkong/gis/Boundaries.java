package org.fangkong.gis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Boundaries of jurisdiction nodes (issue #14 item 4): an administrator imports the
 * GeoJSON of a node inside their scope (404 outside it). The geometry is refused whole
 * when it is not a valid polygon ({@link BoundaryGeometry}); it is kept with a warning
 * when it reaches outside the bounding box of its parent's boundary, or the parent has
 * none to check against.
 */
@Service
@Transactional
public class Boundaries {

	private final PlaceStore store;

	private final Jurisdictions jurisdictions;

	private final AuditTrail audit;

	Boundaries(PlaceStore store, Jurisdictions jurisdictions, AuditTrail audit) {
		this.store = store;
		this.jurisdictions = jurisdictions;
		this.audit = audit;
	}

	/**
	 * Imports the boundary of node {@code nodeId}, replacing any earlier one.
	 * @throws org.fangkong.shared.ForbiddenException unless the actor is an administrator
	 * @throws org.fangkong.shared.NotFoundException for a node outside the actor's scope
	 * @throws org.fangkong.shared.InvalidInputException on {@code geometry} for a bad
	 * geometry; nothing is stored then
	 */
	public BoundaryImport importBoundary(Actor actor, long nodeId, String geoJson) {
		MapAccess.requireAdmin(actor);
		JurisdictionView node = this.jurisdictions.get(actor, nodeId);
		BoundaryGeometry geometry = BoundaryGeometry.parse(geoJson);
		List<String> warnings = new ArrayList<>();
		if (node.parentId() != null) {
			Optional<BoundaryGeometry.Bounds> parent = this.store.bounds(node.parentId());
			if (parent.isEmpty()) {
				warnings.add("gis.boundary.parentWithout");
			}
			else if (!geometry.bounds().within(parent.get())) {
				warnings.add("gis.boundary.outsideParent");
			}
		}
		this.store.saveBoundary(nodeId, geometry, false, actor.username());
		this.audit.record(GisAudit.BOUNDARY_IMPORTED, "jurisdiction", nodeId, AuditTrail.SUCCESS,
				"warnings=" + warnings);
		BoundaryGeometry.Bounds b = geometry.bounds();
		return new BoundaryImport(nodeId, new double[] { b.minLon(), b.minLat(), b.maxLon(), b.maxLat() }, warnings);
	}

	/**
	 * What an import kept: the node, the bounding box ({@code [west, south, east,
	 * north]}) and the message keys of its warnings (empty when none).
	 */
	public record BoundaryImport(long jurisdictionId, double[] bbox, List<String> warnings) {

	}

}
