package org.warnews.source;

import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each verbatim source file is loaded by its own versioned migration; the SQL migration that follows it
 * seeds the source's items and claims.
 */
@Configuration(proxyBeanMethods = false)
class SourceMigrations {

	@Bean
	JavaMigration firstSource() {
		return new SourceFileMigration("2", "2025-06-13-ukraine-russia-war-latest.txt");
	}

}
