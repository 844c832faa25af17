package org.fangkong.roster;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.fangkong.roster.solver.RosterConstraints;
import org.fangkong.roster.solver.RosterPlan;
import org.fangkong.roster.solver.Seat;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Timefold Solver as ordinary beans (its Spring Boot starter targets Boot 3): one
 * {@link SolverFactory} for roster plans and a {@link SolverManager} that solves two
 * problems at a time in the background (the machine has two cores): the key checkpoints'
 * problem on one, the village checkpoints' small problems one after another on the other.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RosterSettings.class)
class SolverSetup {

	@Bean
	SolverFactory<RosterPlan> rosterSolverFactory(RosterSettings settings) {
		return SolverFactory.create(new SolverConfig().withSolutionClass(RosterPlan.class)
			.withEntityClasses(Seat.class)
			.withConstraintProviderClass(RosterConstraints.class)
			.withTerminationConfig(new TerminationConfig().withSpentLimit(settings.solveLimit())
				.withUnimprovedSpentLimit(settings.unimprovedLimit())));
	}

	@Bean(destroyMethod = "close")
	SolverManager<RosterPlan, String> rosterSolverManager(SolverFactory<RosterPlan> factory) {
		return SolverManager.create(factory, new SolverManagerConfig().withParallelSolverCount("2"));
	}

}
