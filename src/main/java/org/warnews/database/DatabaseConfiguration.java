package org.warnews.database;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

}
