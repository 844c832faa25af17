package org.fangkong.roster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.fangkong.roster.solver.RosterPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Solving in the background (issue #11 item 4): the problems of a roster go to the
 * {@link SolverManager} one after another; the best plans so far give the progress
 * (score, elapsed time); a planner may stop early, and the best plan found is kept. When
 * the last problem ends, {@link RosterResults} stores the plan. The progress is also
 * written to the database, at most once a second, and a stop asked through another node
 * is picked up within a second ({@link SharedProgress}, issue #18).
 */
@Component
class RosterSolving {

	private static final Logger log = LoggerFactory.getLogger(RosterSolving.class);

	/** How often the progress is written for the other nodes. */
	private static final long SHARE_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

	private final SolverManager<RosterPlan, String> solverManager;

	private final RosterResults results;

	private final RosterSettings settings;

	private final SharedProgress shared;

	private final Map<Long, Run> runs = new ConcurrentHashMap<>();

	RosterSolving(SolverManager<RosterPlan, String> solverManager, RosterResults results, RosterSettings settings,
			SharedProgress shared) {
		this.solverManager = solverManager;
		this.results = results;
		this.settings = settings;
		this.shared = shared;
	}

	void start(long rosterId, List<Planner.Problem> problems) {
		Run run = new Run(problems.size());
		this.runs.put(rosterId, run);
		this.shared.started(rosterId, problems.size());
		for (int i = 0; i < problems.size(); i++) {
			int index = i;
			Planner.Problem problem = problems.get(i);
			run.best.set(index, problem.plan());
			SolverConfigOverride<RosterPlan> override = new SolverConfigOverride<>();
			if (!problem.key()) {
				Duration perVillage = this.settings.villageLimit();
				override = override.withTerminationConfig(
						new TerminationConfig().withSpentLimit(perVillage.multipliedBy(problem.checkpoints().size()))
							.withUnimprovedSpentLimit(perVillage.multipliedBy(2)));
			}
			SolverJob<RosterPlan, String> job = this.solverManager.solveBuilder()
				.withProblemId(rosterId + "/" + index)
				.withProblem(problem.plan())
				.withConfigOverride(override)
				.withBestSolutionConsumer((plan) -> {
					run.best.set(index, plan);
					share(rosterId, run);
				})
				.withFinalBestSolutionConsumer((plan) -> {
					run.best.set(index, plan);
					finished(rosterId, run, problems);
				})
				.withExceptionHandler((id, ex) -> {
					log.warn("Solving roster {} failed", id, ex);
					run.failure = ex.getMessage();
					finished(rosterId, run, problems);
				})
				.run();
			run.jobs.add(job);
		}
	}

	Optional<Rosters.Progress> progress(long rosterId) {
		Run run = this.runs.get(rosterId);
		if (run == null) {
			return this.shared.progress(rosterId);
		}
		return Optional.of(progressOf(run));
	}

	boolean stop(long rosterId) {
		Run run = this.runs.get(rosterId);
		if (run == null) {
			return this.shared.requestStop(rosterId);
		}
		run.jobs.forEach(SolverJob::terminateEarly);
		return true;
	}

	boolean isSolving(long rosterId) {
		return this.runs.containsKey(rosterId) || this.shared.progress(rosterId).isPresent();
	}

	/** Stops the runs of this node whose stop was asked through another node. */
	@Scheduled(fixedDelayString = "${fangkong.roster.stop-check-every:1s}")
	void stopsAskedElsewhere() {
		if (this.runs.isEmpty()) {
			return;
		}
		for (Long rosterId : this.shared.stopsRequested(List.copyOf(this.runs.keySet()))) {
			Run run = this.runs.get(rosterId);
			if (run != null) {
				run.jobs.forEach(SolverJob::terminateEarly);
			}
		}
	}

	private void share(long rosterId, Run run) {
		long now = System.nanoTime();
		long last = run.lastShared.get();
		if (now - last >= SHARE_EVERY_NANOS && run.lastShared.compareAndSet(last, now)) {
			this.shared.progressed(rosterId, progressOf(run));
		}
	}

	private static Rosters.Progress progressOf(Run run) {
		return new Rosters.Progress(score(run).toString(), Duration.ofNanos(System.nanoTime() - run.started),
				run.best.length() - run.remaining.get(), run.best.length(), planned(run));
	}

	private void finished(long rosterId, Run run, List<Planner.Problem> problems) {
		if (run.remaining.decrementAndGet() > 0) {
			return;
		}
		try {
			if (run.failure != null) {
				this.results.failed(rosterId, run.failure);
			}
			else {
				List<RosterPlan> plans = new ArrayList<>();
				for (int i = 0; i < run.best.length(); i++) {
					plans.add(run.best.get(i));
				}
				this.results.save(rosterId, problems, plans, score(run).toString());
			}
		}
		finally {
			this.runs.remove(rosterId);
			this.shared.ended(rosterId);
		}
	}

	/**
	 * The problems whose best plan so far gives every seat a score (construction done).
	 */
	private static int planned(Run run) {
		int planned = 0;
		for (int i = 0; i < run.best.length(); i++) {
			HardSoftScore score = run.best.get(i).getScore();
			if (score != null && score.isSolutionInitialized()) {
				planned++;
			}
		}
		return planned;
	}

	private static HardSoftScore score(Run run) {
		HardSoftScore total = HardSoftScore.ZERO;
		for (int i = 0; i < run.best.length(); i++) {
			HardSoftScore score = run.best.get(i).getScore();
			if (score != null) {
				total = total.add(score);
			}
		}
		return total;
	}

	private static final class Run {

		final long started = System.nanoTime();

		final AtomicLong lastShared = new AtomicLong(this.started - SHARE_EVERY_NANOS);

		final AtomicReferenceArray<RosterPlan> best;

		final AtomicInteger remaining;

		final List<SolverJob<RosterPlan, String>> jobs = new java.util.concurrent.CopyOnWriteArrayList<>();

		volatile String failure;

		Run(int problems) {
			this.best = new AtomicReferenceArray<>(problems);
			this.remaining = new AtomicInteger(problems);
		}

	}

}
