package org.warnews.database;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A slice with the database only: a throwaway embedded PostgreSQL of its own (or the server named by
 * {@code SPRING_DATASOURCE_URL}), migrated as the app migrates it, Java migrations included, with the repositories
 * and a {@code JdbcTemplate} as the reader; no web layer. A test adds what else it tests with {@code @Import}. Each
 * statement commits on its own, as in the app, rather than in one transaction per test. Not tagged {@code app}: it
 * runs with the unit tests.
 */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(properties = { "warnews.database.ephemeral=true", "warnews.database.port=0" },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = { "org\\.warnews\\.database\\.((Embedded)?Database|Repository)(Configuration|Properties)",
						"org\\.warnews\\.source\\.SourceMigrations", "org\\.warnews\\.editorial\\.EditorialConfiguration" }))
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public @interface DatabaseSliceTest {

}
