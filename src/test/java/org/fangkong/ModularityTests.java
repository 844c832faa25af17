package org.fangkong;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
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
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
