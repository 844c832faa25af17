package org.fangkong.jurisdiction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A node of the jurisdiction tree (辖区节点). The path of ids from the root makes subtree
 * queries one prefix match.
 */
@Entity
@Table(name = "jurisdiction_node")
class JurisdictionNode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long parentId;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private NodeKind kind;

	private String path;

	private int depth;

	private Double latitude;

	private Double longitude;

	private String polygon;

	private String responsibleName;

	private String responsibleTitle;

	private String responsiblePhone;

	@Column(name = "demo")
	private boolean demo;

	@Version
	private long version;

	protected JurisdictionNode() {
	}

	JurisdictionNode(JurisdictionNode parent, NewNode node) {
		this.parentId = (parent != null) ? parent.id : null;
		this.depth = (parent != null) ? parent.depth + 1 : 0;
		// The parent's path until the id is known; placeUnder completes it.
		this.path = (parent != null) ? parent.path : "/";
		this.code = node.code();
		this.name = node.name();
		this.kind = node.kind();
		this.latitude = node.latitude();
		this.longitude = node.longitude();
		this.polygon = node.polygon();
		this.demo = node.demo();
		assign(node.responsible());
	}

	/** Called once the id is known: the path ends with the node's own id. */
	void placeUnder(JurisdictionNode parent) {
		this.path = ((parent != null) ? parent.path : "/") + this.id + "/";
	}

	void assign(ResponsiblePerson person) {
		this.responsibleName = (person != null) ? person.name() : null;
		this.responsibleTitle = (person != null) ? person.title() : null;
		this.responsiblePhone = (person != null) ? person.phone() : null;
	}

	boolean isWithin(String ancestorPath) {
		return this.path.startsWith(ancestorPath);
	}

	JurisdictionView toView() {
		return new JurisdictionView(this.id, this.parentId, this.code, this.name, this.kind, this.depth, this.latitude,
				this.longitude, this.polygon,
				ResponsiblePerson.of(this.responsibleName, this.responsibleTitle, this.responsiblePhone), this.demo);
	}

	Long getId() {
		return this.id;
	}

	Long getParentId() {
		return this.parentId;
	}

	String getPath() {
		return this.path;
	}

	NodeKind getKind() {
		return this.kind;
	}

}
