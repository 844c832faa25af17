package org.fangkong.jurisdiction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The whole jurisdiction tree held in memory, read by {@link Jurisdictions}: every
 * request asks scope questions of it (a page may ask ten), and a city's dashboard needs
 * the ids of its 790 nodes at once (issue #10 item 7). Reading the tree from the table
 * each time cost a query per question and 3–4 ms per subtree of the city.
 * <p>
 * The snapshot is immutable and shared by all threads. Each read checks that it is
 * current with one primary-key read: the generation of the tree
 * ({@code jurisdiction_tree}), which every change of the tree bumps in its transaction,
 * whichever application node or test context made it (issue #18). The module's own writes
 * call {@link #changed}; on PostgreSQL a trigger also bumps it on any write to
 * {@code jurisdiction_node}, a statement typed by hand included. A path that adds or
 * changes a node must call {@link #changed} (H2 has no trigger).
 * <p>
 * A transaction that changed the tree reads it afresh and keeps it to itself: what it
 * sees is not committed, and may never be.
 */
@Component
class NodeTree {

	private static final Comparator<JurisdictionView> TOP_DOWN = Comparator.comparingInt(JurisdictionView::depth)
		.thenComparing(JurisdictionView::code);

	/** Bound in a transaction that changed the tree (see {@link #changed}). */
	private static final Object CHANGING = NodeTree.class.getName() + ".changing";

	private final JurisdictionNodeRepository nodes;

	private final JdbcTemplate jdbc;

	private volatile Snapshot snapshot;

	NodeTree(JurisdictionNodeRepository nodes, JdbcTemplate jdbc) {
		this.nodes = nodes;
		this.jdbc = jdbc;
	}

	/** The tree as the table holds it now. */
	@SuppressWarnings("unchecked")
	Snapshot current() {
		Long generation = this.jdbc.queryForObject("select generation from jurisdiction_tree where id = 1", Long.class);
		if (TransactionSynchronizationManager.getResource(CHANGING) instanceof AtomicReference<?> changing) {
			return ownOf(generation, (AtomicReference<Snapshot>) changing);
		}
		Snapshot held = this.snapshot;
		if (held == null || held.generation() != generation) {
			held = Snapshot.of(generation, this.nodes.findAll());
			this.snapshot = held;
		}
		return held;
	}

	/**
	 * Bumps the tree's generation in the surrounding transaction: every application node
	 * rereads the tree once it commits. Called by every path that adds or changes a node.
	 */
	void changed() {
		this.jdbc.update("update jurisdiction_tree set generation = generation + 1 where id = 1");
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(CHANGING)) {
			TransactionSynchronizationManager.bindResource(CHANGING, new AtomicReference<Snapshot>());
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(CHANGING);
				}
			});
		}
	}

	/**
	 * The tree as a transaction that changed it sees it, kept for that transaction only
	 * while its generation stays.
	 */
	private Snapshot ownOf(long generation, AtomicReference<Snapshot> own) {
		Snapshot held = own.get();
		if (held == null || held.generation() != generation) {
			held = Snapshot.of(generation, this.nodes.findAll());
			own.set(held);
		}
		return held;
	}

	/**
	 * One state of the tree: the nodes by id with their paths, top down (by depth, then
	 * code), and the children of each node by code.
	 */
	record Snapshot(long generation, Map<Long, JurisdictionView> byId, Map<Long, String> paths,
			Map<String, JurisdictionView> byCode, List<JurisdictionView> topDown,
			Map<Long, List<JurisdictionView>> children) {

		static Snapshot of(long generation, List<JurisdictionNode> rows) {
			Map<Long, JurisdictionView> byId = new HashMap<>();
			Map<Long, String> paths = new HashMap<>();
			Map<String, JurisdictionView> byCode = new HashMap<>();
			Map<Long, List<JurisdictionView>> children = new HashMap<>();
			for (JurisdictionNode row : rows) {
				JurisdictionView view = row.toView();
				byId.put(view.id(), view);
				paths.put(view.id(), row.getPath());
				byCode.put(view.code(), view);
				if (view.parentId() != null) {
					children.computeIfAbsent(view.parentId(), (k) -> new ArrayList<>()).add(view);
				}
			}
			children.replaceAll(
					(parent, list) -> list.stream().sorted(Comparator.comparing(JurisdictionView::code)).toList());
			List<JurisdictionView> topDown = byId.values().stream().sorted(TOP_DOWN).toList();
			return new Snapshot(generation, Map.copyOf(byId), Map.copyOf(paths), Map.copyOf(byCode), topDown,
					Map.copyOf(children));
		}

		Optional<JurisdictionView> find(long id) {
			return Optional.ofNullable(this.byId.get(id));
		}

		Optional<String> pathOf(long id) {
			return Optional.ofNullable(this.paths.get(id));
		}

		/** Whether the node lies at or below the node with path {@code ancestorPath}. */
		boolean isWithin(long id, String ancestorPath) {
			String path = this.paths.get(id);
			return path != null && path.startsWith(ancestorPath);
		}

		/** The nodes at or below the node with this path, top down. */
		List<JurisdictionView> subtree(String path) {
			if ("/".equals(path)) {
				return this.topDown;
			}
			return this.topDown.stream().filter((node) -> this.paths.get(node.id()).startsWith(path)).toList();
		}

		List<JurisdictionView> childrenOf(long id) {
			return this.children.getOrDefault(id, List.of());
		}

		/** The nodes on the path from the root down to the node, both included. */
		List<JurisdictionView> ancestorsAndSelf(long id) {
			String path = this.paths.get(id);
			if (path == null) {
				return Collections.emptyList();
			}
			return Arrays.stream(path.split("/"))
				.filter((part) -> !part.isEmpty())
				.map((part) -> this.byId.get(Long.valueOf(part)))
				.filter(java.util.Objects::nonNull)
				.toList();
		}

	}

}
