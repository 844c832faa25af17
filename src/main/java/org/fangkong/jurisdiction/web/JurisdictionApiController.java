package org.fangkong.jurisdiction.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.Jurisdictions.TreeNode;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.jurisdiction.ResponsibilityLink;
import org.fangkong.jurisdiction.ResponsiblePerson;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.Masking;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The jurisdiction tree over JSON, scoped to the caller's node and below. */
@RestController
@RequestMapping("/api/v1/jurisdictions")
@Tag(name = "Jurisdictions",
		description = "辖区 — the jurisdiction tree and the chain of responsibility (R-GRID-1, R-GRID-2)")
class JurisdictionApiController {

	private final Jurisdictions jurisdictions;

	JurisdictionApiController(Jurisdictions jurisdictions) {
		this.jurisdictions = jurisdictions;
	}

	@GetMapping
	@Operation(summary = "The tree visible to the caller: their own node with everything below it, as one root")
	List<NodeJson> tree() {
		Actor actor = CurrentActor.get();
		return List.of(NodeJson.of(this.jurisdictions.visibleTree(actor), actor));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One node and its direct children; 404 outside the caller's scope")
	NodeJson node(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		JurisdictionView node = this.jurisdictions.get(actor, id);
		List<NodeJson> children = this.jurisdictions.children(actor, id)
			.stream()
			.map((child) -> NodeJson.of(child, null, actor))
			.toList();
		return NodeJson.of(node, children, actor);
	}

	@GetMapping("/{id}/responsibility-chain")
	@Operation(summary = "Who is responsible for this node at each level, from the node up to the township")
	List<LinkJson> chain(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		this.jurisdictions.get(actor, id);
		return this.jurisdictions.responsibilityChain(id).stream().map((link) -> LinkJson.of(link, actor)).toList();
	}

	record PersonJson(String name, String title, String phone) {

		static PersonJson of(ResponsiblePerson person, Actor actor) {
			return (person != null)
					? new PersonJson(person.name(), person.title(), Masking.phoneFor(actor, person.phone())) : null;
		}

	}

	record NodeJson(long id, Long parentId, String code, String name, NodeKind kind, Double latitude, Double longitude,
			PersonJson responsible, boolean demo, List<NodeJson> children) {

		static NodeJson of(TreeNode tree, Actor actor) {
			return of(tree.node(), tree.children().stream().map((child) -> of(child, actor)).toList(), actor);
		}

		static NodeJson of(JurisdictionView node, List<NodeJson> children, Actor actor) {
			return new NodeJson(node.id(), node.parentId(), node.code(), node.name(), node.kind(), node.latitude(),
					node.longitude(), PersonJson.of(node.responsible(), actor), node.demo(), children);
		}

	}

	record LinkJson(NodeKind level, long nodeId, String nodeName, PersonJson responsible) {

		static LinkJson of(ResponsibilityLink link, Actor actor) {
			return new LinkJson(link.level(), link.nodeId(), link.nodeName(), PersonJson.of(link.responsible(), actor));
		}

	}

}
