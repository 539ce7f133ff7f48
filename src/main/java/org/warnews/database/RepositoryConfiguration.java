package org.warnews.database;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

import org.warnews.WarNewsApplication;

/**
 * The Spring Data repositories, their JPQL queries read by regular expressions instead of Spring Data's HQL parser.
 * That parser (ANTLR) is there to rewrite a query for a sort or a count; the queries here need no more than the
 * regular expressions give, and parsing all of them took about a quarter of the main thread's time in a one-core
 * start. Hibernate still parses and checks each query at startup.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = WarNewsApplication.class,
		queryEnhancerSelector = RepositoryConfiguration.RegexQueryEnhancer.class)
class RepositoryConfiguration {

	static class RegexQueryEnhancer extends QueryEnhancerSelector.DefaultQueryEnhancerSelector {

		RegexQueryEnhancer() {
			super(QueryEnhancerFactories.fallback(), QueryEnhancerFactories.fallback());
		}

	}

}
