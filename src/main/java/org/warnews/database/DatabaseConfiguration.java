package org.warnews.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the app knows about its database's health, embedded or not. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	DatabaseOutage databaseOutage() {
		return new DatabaseOutage();
	}

}
