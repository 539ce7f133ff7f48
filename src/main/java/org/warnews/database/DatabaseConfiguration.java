package org.warnews.database;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the app knows about its database's health, embedded or not. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	DatabaseOutage databaseOutage() {
		return new DatabaseOutage();
	}

	/** Named as Spring Boot's own {@code db} indicator, which it replaces (readiness includes {@code db}). */
	@Bean
	DatabaseHealthIndicator dbHealthIndicator(DataSource dataSource, DatabaseOutage outage,
			ObjectProvider<EmbeddedDatabase> embedded) {
		return new DatabaseHealthIndicator(dataSource, outage, embedded);
	}

	/** {@code migrations} in readiness: whether the database read (perhaps a replica) has this jar's migrations. */
	@Bean
	MigrationLevelHealthIndicator migrationsHealthIndicator(JdbcTemplate jdbc, ResourcePatternResolver resources,
			@Value("${spring.flyway.locations:classpath:db/migration}") List<String> locations,
			@Value("${spring.flyway.table:flyway_schema_history}") String historyTable,
			ObjectProvider<JavaMigration> javaMigrations) {
		return new MigrationLevelHealthIndicator(jdbc, historyTable,
				MigrationLevelHealthIndicator.contained(resources, locations, javaMigrations.orderedStream().toList()));
	}

}
