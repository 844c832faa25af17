package org.fangkong.jurisdiction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fangkong.shared.Actor;
import org.fangkong.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jurisdiction tree and the scope rule built on it: a user sees their own node and
 * everything below it (SECURITY.md AC1). Every read here that takes an {@link Actor} is
 * already scoped; a node outside the scope is reported as not found.
 */
@Service
@Transactional(readOnly = true)
public class Jurisdictions {

	private final NodeTree tree;

	Jurisdictions(NodeTree tree) {
		this.tree = tree;
	}

	public Optional<JurisdictionView> findByCode(String code) {
		return Optional.ofNullable(this.tree.current().byCode().get(code));
	}

	/**
	 * A node without a scope check: for modules that already hold an id they may use
	 * (names, labels).
	 */
	public Optional<JurisdictionView> find(long id) {
		return this.tree.current().find(id);
	}

	/** A node the actor may see, or {@link NotFoundException}. */
	public JurisdictionView get(Actor actor, long id) {
		NodeTree.Snapshot nodes = this.tree.current();
		JurisdictionView node = load(nodes, id);
		if (!nodes.isWithin(id, scopePath(nodes, actor))) {
			throw new NotFoundException("jurisdiction", id);
		}
		return node;
	}

	/** Whether {@code nodeId} is {@code ancestorId} or lies below it. */
	public boolean isWithin(long nodeId, long ancestorId) {
		NodeTree.Snapshot nodes = this.tree.current();
		return nodes.pathOf(ancestorId).map((path) -> nodes.isWithin(nodeId, path)).orElse(false);
	}

	/** Whether the actor's scope covers {@code nodeId}. */
	public boolean covers(Actor actor, long nodeId) {
		return isWithin(nodeId, actor.jurisdictionId());
	}

	/**
	 * The ids of the actor's node and all below it, for modules that filter their own
	 * tables in SQL.
	 */
	public List<Long> scopeIds(Actor actor) {
		NodeTree.Snapshot nodes = this.tree.current();
		return ids(nodes.subtree(scopePath(nodes, actor)));
	}

	/** The ids of a node and all below it. */
	public List<Long> subtreeIds(long nodeId) {
		NodeTree.Snapshot nodes = this.tree.current();
		return ids(nodes.subtree(path(nodes, nodeId)));
	}

	/**
	 * The materialised path of a node: the ids from the root down, as {@code /1/4/17/}. A
	 * node lies below another exactly when its path starts with the other's, so a module
	 * that stores the path of its rows' node filters a scope with one indexed prefix
	 * match ({@code path like :scopePath || '%'}) instead of a list of every id below it.
	 * Nodes never move, so a stored path stays true.
	 */
	public String pathOf(long nodeId) {
		return path(this.tree.current(), nodeId);
	}

	/**
	 * The path of the root of the actor's scope (SECURITY.md AC1): a row whose stored
	 * path starts with it is inside the scope.
	 */
	public String scopePath(Actor actor) {
		return scopePath(this.tree.current(), actor);
	}

	/**
	 * Several nodes at once, by id, without a scope check: for list views that name the
	 * node of each row of a page at once. Unknown ids are left out.
	 */
	public Map<Long, JurisdictionView> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		NodeTree.Snapshot nodes = this.tree.current();
		Map<Long, JurisdictionView> found = new LinkedHashMap<>();
		for (Long id : ids) {
			nodes.find(id).ifPresent((node) -> found.put(id, node));
		}
		return found;
	}

	/** The root of the actor's scope. */
	public JurisdictionView scopeRootOf(Actor actor) {
		return load(this.tree.current(), actor.jurisdictionId());
	}

	/** Every node the actor may see, top down. */
	public List<JurisdictionView> visibleNodes(Actor actor) {
		NodeTree.Snapshot nodes = this.tree.current();
		return nodes.subtree(scopePath(nodes, actor));
	}

	/** The tree the actor may see, rooted at their own node. */
	public TreeNode visibleTree(Actor actor) {
		List<JurisdictionView> visible = visibleNodes(actor);
		Map<Long, List<JurisdictionView>> byParent = visible.stream()
			.filter((node) -> node.parentId() != null)
			.collect(Collectors.groupingBy(JurisdictionView::parentId));
		return TreeNode.build(visible.get(0), byParent);
	}

	/** The children of a node the actor may see. */
	public List<JurisdictionView> children(Actor actor, long id) {
		get(actor, id);
		return this.tree.current().childrenOf(id);
	}

	public long childCount(long id) {
		return this.tree.current().childrenOf(id).size();
	}

	/**
	 * The path from the root down to the node, both included, cut at the actor's scope
	 * root.
	 */
	public List<JurisdictionView> breadcrumbs(Actor actor, long id) {
		NodeTree.Snapshot nodes = this.tree.current();
		load(nodes, id);
		String root = scopePath(nodes, actor);
		return nodes.ancestorsAndSelf(id).stream().filter((n) -> nodes.isWithin(n.id(), root)).toList();
	}

	/** The path from the root down to the node, both included, without a scope check. */
	public List<JurisdictionView> breadcrumbsUnscoped(long id) {
		NodeTree.Snapshot nodes = this.tree.current();
		load(nodes, id);
		return nodes.ancestorsAndSelf(id);
	}

	/**
	 * Who is responsible for this node at each level, from the node upwards to the
	 * township (R-GRID-2): for a household its village cadre, the village-committee
	 * member of its group, the township leader of its village and the city leader of its
	 * township. Levels without a named cadre are left out.
	 */
	public List<ResponsibilityLink> responsibilityChain(long nodeId) {
		return chainOf(breadcrumbsUnscoped(nodeId));
	}

	/** The chain of a node from its path, root first, read from the node upwards. */
	private static List<ResponsibilityLink> chainOf(List<JurisdictionView> path) {
		List<ResponsibilityLink> chain = new ArrayList<>();
		for (int i = path.size() - 1; i >= 0; i--) {
			JurisdictionView node = path.get(i);
			if (node.kind() != NodeKind.CITY && node.responsible() != null) {
				chain.add(new ResponsibilityLink(node.kind(), node.id(), node.name(), node.responsible()));
			}
		}
		return chain;
	}

	/**
	 * {@link #responsibilityChain(long)} for several nodes at once: for list views, a
	 * page at a time. Unknown ids are left out.
	 */
	public Map<Long, List<ResponsibilityLink>> responsibilityChains(Collection<Long> nodeIds) {
		NodeTree.Snapshot nodes = this.tree.current();
		Map<Long, List<ResponsibilityLink>> chains = new LinkedHashMap<>();
		for (Long id : new LinkedHashSet<>(nodeIds)) {
			if (nodes.find(id).isPresent()) {
				chains.put(id, chainOf(nodes.ancestorsAndSelf(id)));
			}
		}
		return chains;
	}

	/**
	 * The townships and the grids of the whole tree, top down: the destinations a
	 * traveller can name.
	 */
	public List<JurisdictionView> townshipsAndGrids() {
		return all().stream().filter((node) -> node.kind() == NodeKind.TOWNSHIP || node.isGrid()).toList();
	}

	/** All nodes, top down: for administration and pickers. */
	public List<JurisdictionView> all() {
		return this.tree.current().subtree("/");
	}

	private static List<Long> ids(List<JurisdictionView> nodes) {
		return nodes.stream().map(JurisdictionView::id).toList();
	}

	private static String scopePath(NodeTree.Snapshot nodes, Actor actor) {
		return path(nodes, actor.jurisdictionId());
	}

	private static String path(NodeTree.Snapshot nodes, long id) {
		return nodes.pathOf(id).orElseThrow(() -> new NotFoundException("jurisdiction", id));
	}

	private static JurisdictionView load(NodeTree.Snapshot nodes, long id) {
		return nodes.find(id).orElseThrow(() -> new NotFoundException("jurisdiction", id));
	}

	/** A node with its visible children, for the tree API. */
	public record TreeNode(JurisdictionView node, List<TreeNode> children) {

		static TreeNode build(JurisdictionView node, Map<Long, List<JurisdictionView>> byParent) {
			List<TreeNode> children = byParent.getOrDefault(node.id(), List.of())
				.stream()
				.sorted(Comparator.comparing(JurisdictionView::code))
				.map((child) -> build(child, byParent))
				.toList();
			return new TreeNode(node, children);
		}

	}

}
