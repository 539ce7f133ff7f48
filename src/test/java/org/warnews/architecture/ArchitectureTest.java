package org.warnews.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;

import fixture.UndeclaredController;
import org.warnews.web.Responds;
import org.warnews.web.WebClassUsingAFeature;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Dependencies point one way: the features (one package each) use the model (the entities) and the infrastructure
 * ({@code web}, {@code database}); the model uses neither; the infrastructure knows no feature and no entity. Every
 * controller declares its kind of response ({@link Responds}). A plain unit test: it reads the compiled classes, no
 * application is started.
 */
class ArchitectureTest {

	static final ArchRule NO_CYCLES = slices().matching("org.warnews.(*)..").should().beFreeOfCycles();

	static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("Features")
		.definedBy("org.warnews.actor..", "org.warnews.api..", "org.warnews.claim..", "org.warnews.discovery..",
				"org.warnews.editorial..", "org.warnews.figure..", "org.warnews.search..", "org.warnews.source..",
				"org.warnews.timeline..", "org.warnews.topic..")
		.layer("Model")
		.definedBy("org.warnews.model..")
		.layer("Infrastructure")
		.definedBy("org.warnews.web..", "org.warnews.database..")
		.whereLayer("Features")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("Model")
		.mayOnlyBeAccessedByLayers("Features")
		.whereLayer("Infrastructure")
		.mayOnlyBeAccessedByLayers("Features");

	/** Caching, framing and input bounds follow what a route declares, so every controller declares it. */
	static final ArchRule ROUTES_DECLARE_THEIR_RESPONSE = classes().that()
		.areMetaAnnotatedWith(Controller.class)
		.should()
		.beMetaAnnotatedWith(Responds.class)
		.because("the HTTP layer reads a route's kind of response from its handler; undeclared, it is stored nowhere");

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.warnews");

	@Test
	void packagesAreFreeOfCycles() {
		NO_CYCLES.check(MAIN);
	}

	@Test
	void dependenciesPointFromFeaturesToModelAndInfrastructure() {
		LAYERS.check(MAIN);
	}

	@Test
	void everyControllerDeclaresItsKindOfResponse() {
		ROUTES_DECLARE_THEIR_RESPONSE.check(MAIN);
	}

	@Test
	void aControllerThatDeclaresNothingFails() {
		assertThatThrownBy(() -> ROUTES_DECLARE_THEIR_RESPONSE
			.check(new ClassFileImporter().importClasses(UndeclaredController.class))).isInstanceOf(AssertionError.class)
			.hasMessageContaining(UndeclaredController.class.getName());
	}

	/** The rules catch what they are for: one web class that uses a feature closes a cycle and breaks the layers. */
	@Test
	void aWebClassUsingAFeatureFails() {
		JavaClasses withFixture = new ClassFileImporter()
			.withImportOption(location -> !location.contains("/test-classes/")
					|| location.contains(WebClassUsingAFeature.class.getSimpleName()))
			.importPackages("org.warnews");
		assertThatThrownBy(() -> NO_CYCLES.check(withFixture)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("Cycle detected");
		assertThatThrownBy(() -> LAYERS.check(withFixture)).isInstanceOf(AssertionError.class);
	}

}
