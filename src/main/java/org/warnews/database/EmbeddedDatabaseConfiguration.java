package org.warnews.database;

import java.io.IOException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: with no {@code spring.datasource.url}, the app starts a real PostgreSQL 17 itself.
 * Spring Boot then builds its usual Hikari pool (as the SELECT-only reader) and runs Flyway (as the owner)
 * from the connection details below, exactly as it would for an external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	/**
	 * Stopped when the context closes, after the web server has let its requests finish (graceful shutdown); and
	 * should the context never be closed (a run abandoned after refresh, as in a class-data-sharing training run),
	 * by Spring Boot's shutdown hook once it has closed the contexts, so PostgreSQL is never left running.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) throws IOException {
		EmbeddedDatabase database = EmbeddedDatabase.start(properties);
		SpringApplication.getShutdownHandlers().add(database::closeQuietly);
		return database;
	}

	@Bean(initMethod = "start", destroyMethod = "close")
	EmbeddedDatabaseSupervisor embeddedDatabaseSupervisor(EmbeddedDatabase database,
			EmbeddedDatabaseProperties properties, ApplicationEventPublisher events) {
		return new EmbeddedDatabaseSupervisor(database, properties.restartDeadline(), events);
	}

	@Bean
	JdbcConnectionDetails readerConnectionDetails(EmbeddedDatabase database) {
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}

			@Override
			public String getUsername() {
				return EmbeddedDatabase.READER;
			}

			@Override
			public String getPassword() {
				return null;
			}

		};
	}

	@Bean
	FlywayConnectionDetails ownerConnectionDetails(EmbeddedDatabase database) {
		return new FlywayConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}

			@Override
			public String getUsername() {
				return EmbeddedDatabase.OWNER;
			}

			@Override
			public String getPassword() {
				return null;
			}

		};
	}

}
