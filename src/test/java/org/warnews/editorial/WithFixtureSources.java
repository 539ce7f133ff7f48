package org.warnews.editorial;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole app with the synthetic fixture sources of {@code src/test/resources/fixtures/sources/} loaded beside the
 * real ones, on a throwaway embedded PostgreSQL of its own (even where the other tests use the server named by
 * {@code SPRING_DATASOURCE_URL}), so the content the other tests count stays as it is. Tagged {@code app}, like
 * {@code WarNewsTest}: Maven runs these in the integration-test phase.
 */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=", "warnews.database.ephemeral=true", "warnews.database.port=0",
				"warnews.sources.locations=" + WithFixtureSources.LOCATIONS })
@AutoConfigureMockMvc
@Tag("app")
public @interface WithFixtureSources {

	String LOCATIONS = "classpath:db/sources/,classpath:fixtures/sources/";

}
