package org.fangkong.jurisdiction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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

	private final JurisdictionNodeRepository nodes;

	Jurisdictions(JurisdictionNodeRepository nodes) {
		this.nodes = nodes;
	}

	public Optional<JurisdictionView> findByCode(String code) {
		return this.nodes.findByCode(code).map(JurisdictionNode::toView);
	}

	/**
	 * A node without a scope check: for modules that already hold an id they may use
	 * (names, labels).
	 */
	public Optional<JurisdictionView> find(long id) {
		return this.nodes.findById(id).map(JurisdictionNode::toView);
	}

	/** A node the actor may see, or {@link NotFoundException}. */
	public JurisdictionView get(Actor actor, long id) {
		JurisdictionNode node = load(id);
		if (!node.isWithin(scopeRoot(actor).getPath())) {
			throw new NotFoundException("jurisdiction", id);
		}
		return node.toView();
	}

	/** Whether {@code nodeId} is {@code ancestorId} or lies below it. */
	public boolean isWithin(long nodeId, long ancestorId) {
		Optional<JurisdictionNode> node = this.nodes.findById(nodeId);
		Optional<JurisdictionNode> ancestor = this.nodes.findById(ancestorId);
		return node.isPresent() && ancestor.isPresent() && node.get().isWithin(ancestor.get().getPath());
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
		return this.nodes.findSubtreeIds(scopeRoot(actor).getPath());
	}

	/** The ids of a node and all below it. */
	public List<Long> subtreeIds(long nodeId) {
		return this.nodes.findSubtreeIds(load(nodeId).getPath());
	}

	/**
	 * The materialised path of a node: the ids from the root down, as {@code /1/4/17/}. A
	 * node lies below another exactly when its path starts with the other's, so a module
	 * that stores the path of its rows' node filters a scope with one indexed prefix
	 * match ({@code path like :scopePath || '%'}) instead of a list of every id below it.
	 * Nodes never move, so a stored path stays true.
	 */
	public String pathOf(long nodeId) {
		return load(nodeId).getPath();
	}

	/**
	 * The path of the root of the actor's scope (SECURITY.md AC1): a row whose stored
	 * path starts with it is inside the scope.
	 */
	public String scopePath(Actor actor) {
		return scopeRoot(actor).getPath();
	}

	/**
	 * Several nodes at once, by id, without a scope check: for list views that name the
	 * node of each row of a page in one query. Unknown ids are left out.
	 */
	public Map<Long, JurisdictionView> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.nodes.findAllByIds(List.copyOf(new LinkedHashSet<>(ids)))
			.stream()
			.collect(Collectors.toMap(JurisdictionNode::getId, JurisdictionNode::toView));
	}

	/** The root of the actor's scope. */
	public JurisdictionView scopeRootOf(Actor actor) {
		return scopeRoot(actor).toView();
	}

	/** Every node the actor may see, top down. */
	public List<JurisdictionView> visibleNodes(Actor actor) {
		return this.nodes.findSubtree(scopeRoot(actor).getPath()).stream().map(JurisdictionNode::toView).toList();
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
		return this.nodes.findByParentIdOrderByCode(id).stream().map(JurisdictionNode::toView).toList();
	}

	public long childCount(long id) {
		return this.nodes.countByParentId(id);
	}

	/**
	 * The path from the root down to the node, both included, cut at the actor's scope
	 * root.
	 */
	public List<JurisdictionView> breadcrumbs(Actor actor, long id) {
		JurisdictionNode node = load(id);
		JurisdictionNode root = scopeRoot(actor);
		return ancestorsAndSelf(node).stream()
			.filter((n) -> n.isWithin(root.getPath()))
			.map(JurisdictionNode::toView)
			.toList();
	}

	/** The path from the root down to the node, both included, without a scope check. */
	public List<JurisdictionView> breadcrumbsUnscoped(long id) {
		return ancestorsAndSelf(load(id)).stream().map(JurisdictionNode::toView).toList();
	}

	/**
	 * Who is responsible for this node at each level, from the node upwards to the
	 * township (R-GRID-2): for a household its village cadre, the village-committee
	 * member of its group, the township leader of its village and the city leader of its
	 * township. Levels without a named cadre are left out.
	 */
	public List<ResponsibilityLink> responsibilityChain(long nodeId) {
		return chainOf(ancestorsAndSelf(load(nodeId)));
	}

	/** The chain of a node from its path, root first, read from the node upwards. */
	private static List<ResponsibilityLink> chainOf(List<JurisdictionNode> path) {
		List<ResponsibilityLink> chain = new ArrayList<>();
		for (int i = path.size() - 1; i >= 0; i--) {
			JurisdictionView node = path.get(i).toView();
			if (node.kind() != NodeKind.CITY && node.responsible() != null) {
				chain.add(new ResponsibilityLink(node.kind(), node.id(), node.name(), node.responsible()));
			}
		}
		return chain;
	}

	/**
	 * {@link #responsibilityChain(long)} for several nodes at once, in two queries
	 * whatever their number: for list views, a page at a time.
	 */
	public Map<Long, List<ResponsibilityLink>> responsibilityChains(Collection<Long> nodeIds) {
		if (nodeIds.isEmpty()) {
			return Map.of();
		}
		List<JurisdictionNode> targets = this.nodes.findAllByIds(List.copyOf(new LinkedHashSet<>(nodeIds)));
		List<Long> ancestorIds = targets.stream().flatMap((node) -> idsOnPath(node).stream()).distinct().toList();
		Map<Long, JurisdictionNode> byId = this.nodes.findAllByIds(ancestorIds)
			.stream()
			.collect(Collectors.toMap(JurisdictionNode::getId, Function.identity()));
		Map<Long, List<ResponsibilityLink>> chains = new LinkedHashMap<>();
		for (JurisdictionNode target : targets) {
			chains.put(target.getId(), chainOf(idsOnPath(target).stream().map(byId::get).toList()));
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
		return this.nodes.findSubtree("/").stream().map(JurisdictionNode::toView).toList();
	}

	private static List<Long> idsOnPath(JurisdictionNode node) {
		return Arrays.stream(node.getPath().split("/")).filter((part) -> !part.isEmpty()).map(Long::valueOf).toList();
	}

	private List<JurisdictionNode> ancestorsAndSelf(JurisdictionNode node) {
		List<Long> ids = idsOnPath(node);
		Map<Long, JurisdictionNode> byId = this.nodes.findAllByIds(ids)
			.stream()
			.collect(Collectors.toMap(JurisdictionNode::getId, Function.identity()));
		return ids.stream().map(byId::get).sorted(Comparator.comparing(JurisdictionNode::getPath)).toList();
	}

	private JurisdictionNode scopeRoot(Actor actor) {
		return load(actor.jurisdictionId());
	}

	private JurisdictionNode load(long id) {
		return this.nodes.findById(id).orElseThrow(() -> new NotFoundException("jurisdiction", id));
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
