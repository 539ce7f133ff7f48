package org.warnews.editorial;

import java.util.List;

import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The editorial files are loaded by Flyway, from {@code warnews.sources.locations} (by default the jar's own). */
@Configuration(proxyBeanMethods = false)
class EditorialConfiguration {

	@Bean
	JavaMigration editorialFiles(@Value("${warnews.sources.locations:classpath:db/sources/}") List<String> locations) {
		return new EditorialMigration(locations);
	}

}
