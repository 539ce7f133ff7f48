package org.warnews;

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
 * The whole app, on a real server port, on real PostgreSQL: a throwaway embedded server, or the server named by
 * {@code SPRING_DATASOURCE_URL} when that is set. Every test class uses this one configuration, so they share
 * one application context and one database. Tagged {@code app}: Maven runs these in the integration-test phase,
 * after the plain unit tests.
 */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "warnews.database.ephemeral=true", "warnews.database.port=0" })
@AutoConfigureMockMvc
@Tag("app")
public @interface WarNewsTest {

}
