package org.fangkong;

import org.junit.jupiter.api.Test;

import org.fangkong.checkpoint.CheckpointSeeding;
import org.fangkong.checkpoint.CrewDutyFeed;
import org.fangkong.checkpoint.RegistrationSubjects;
import org.fangkong.checkpoint.Registrations;
import org.fangkong.jurisdiction.JurisdictionSeeding;
import org.fangkong.screening.CheckSubjects;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterfaces;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture as a test (STYLE.md 7): no module reaches into another's internals,
 * and there are no cycles between modules. Also writes the module documentation into
 * {@code docs/modules/}.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(FangkongApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublishedApis() {
		modules.verify();
	}

	@Test
	void everyBusinessCapabilityIsAModule() {
		assertThat(modules.stream().map((module) -> module.getIdentifier().toString())).contains("jurisdiction",
				"organisation", "identity", "audit", "checkpoint", "shared", "portal", "demo");
	}

	@Test
	void identityKnowsNothingOfCheckpoints() {
		ApplicationModule identity = modules.getModuleByName("identity").orElseThrow();
		assertThat(identity.getDirectDependencies(modules)
			.stream()
			.map((dependency) -> dependency.getTargetModule().getIdentifier().toString())).doesNotContain("checkpoint")
			.contains("jurisdiction");
	}

	/**
	 * Issue #7: the entry points that decrypt or write without an acting user sit behind
	 * their own named interfaces, never beside the scoped methods that pages call.
	 */
	@Test
	void trustedEntryPointsAreNotPartOfTheOrdinaryApi() {
		NamedInterfaces checkpoint = modules.getModuleByName("checkpoint").orElseThrow().getNamedInterfaces();
		assertThat(checkpoint.getUnnamedInterface().contains(RegistrationSubjects.class)).isFalse();
		assertThat(checkpoint.getUnnamedInterface().contains(CheckpointSeeding.class)).isFalse();
		assertThat(checkpoint.getUnnamedInterface().contains(CrewDutyFeed.class)).isFalse();
		assertThat(checkpoint.getByName("subjects").orElseThrow().contains(RegistrationSubjects.class)).isTrue();
		assertThat(checkpoint.getUnnamedInterface().contains(Registrations.class)).isTrue();
		assertThat(modules.getModuleByName("screening")
			.orElseThrow()
			.getNamedInterfaces()
			.getUnnamedInterface()
			.contains(CheckSubjects.class)).isFalse();
		// issue #13: what the cases module reads of checkpoint, screening and medical
		assertThat(checkpoint.getUnnamedInterface().contains(org.fangkong.checkpoint.VehicleCompanions.class))
			.isFalse();
		assertThat(modules.getModuleByName("screening")
			.orElseThrow()
			.getNamedInterfaces()
			.getUnnamedInterface()
			.contains(org.fangkong.screening.ContactTracing.class)).isFalse();
		assertThat(modules.getModuleByName("medical")
			.orElseThrow()
			.getNamedInterfaces()
			.getUnnamedInterface()
			.contains(org.fangkong.medical.ReferralOutcomes.class)).isFalse();
		assertThat(modules.getModuleByName("jurisdiction")
			.orElseThrow()
			.getNamedInterfaces()
			.getUnnamedInterface()
			.contains(JurisdictionSeeding.class)).isFalse();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
