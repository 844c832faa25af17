package org.fangkong.jurisdiction;

import org.fangkong.shared.NotFoundException;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the jurisdiction tree without an acting user: a city's initial hierarchy (the
 * Tieli demo data set, the first administrator's city node). Only the modules allowed the
 * {@code seeding} interface may call it; pages never do.
 */
@Service
@NamedInterface("seeding")
@Transactional
public class JurisdictionSeeding {

	private final JurisdictionNodeRepository nodes;

	private final NodeTree tree;

	JurisdictionSeeding(JurisdictionNodeRepository nodes, NodeTree tree) {
		this.nodes = nodes;
		this.tree = tree;
	}

	/**
	 * Adds a node below {@code parentId} (or a root). Codes are unique across the tree.
	 */
	public JurisdictionView add(NewNode node) {
		JurisdictionNode parent = (node.parentId() != null) ? this.nodes.findById(node.parentId())
			.orElseThrow(() -> new NotFoundException("jurisdiction", node.parentId())) : null;
		JurisdictionNode created = this.nodes.save(new JurisdictionNode(parent, node));
		created.placeUnder(parent);
		this.tree.changed();
		return created.toView();
	}

}
