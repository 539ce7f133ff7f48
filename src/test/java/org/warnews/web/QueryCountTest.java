package org.warnews.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * No N+1 on any page: rendering any page of any route issues at most a small fixed number of SQL statements,
 * however many claims it shows. Counted by Hibernate's statistics, with the page cache emptied before each
 * request so the page is really rendered.
 */
@WarNewsTest
class QueryCountTest {

	/** The claim page needs four (the claim with its graph, competing figures, two related lists). */
	static final int MAX_STATEMENTS = 5;

	/**
	 * The sitemap of pages asks one fixed set of aggregate queries (when each source, item, topic and claimant
	 * last changed, and which measures have figures): many, but as many for a hundred claims as for a hundred thousand.
	 */
	static final Map<String, Integer> FIXED_AGGREGATES = Map.of("/sitemaps/pages.xml", 13);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistics;

	@BeforeEach
	void countStatements() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
	}

	@AfterEach
	void stopCounting() {
		this.statistics.setStatisticsEnabled(false);
	}

	@Test
	void everyPageOfEveryRouteIssuesAtMostAFewStatements() throws Exception {
		SiteRoutes routes = new SiteRoutes(this.context, this.jdbc);
		Map<String, Long> mostPerRoute = new LinkedHashMap<>();
		for (String pattern : routes.patterns()) {
			List<String> examples = routes.examples(pattern, 50);
			for (String path : examples) {
				this.caches.getCache(HttpConfiguration.PAGES).clear();
				this.statistics.clear();
				MvcResult result = this.mvc.perform(get(path).accept(MediaType.TEXT_HTML, MediaType.ALL)).andReturn();
				long statements = this.statistics.getPrepareStatementCount();
				assertThat(result.getResponse().getStatus()).as("status of %s", path).isLessThan(400);
				assertThat(statements).as("SQL statements for %s", path)
					.isLessThanOrEqualTo(FIXED_AGGREGATES.getOrDefault(path, MAX_STATEMENTS));
				mostPerRoute.merge(SiteRoutes.simple(pattern), statements, Math::max);
			}
		}
		System.out.println("Most SQL statements per page, by route: " + mostPerRoute);
		assertThat(mostPerRoute).containsKeys("/", "/claims/{slug}", "/topics/{slug}", "/actors/{slug}", "/items/{slug}");
		assertThat(mostPerRoute.get("/claims/{slug}")).as("the claim page is counted").isPositive();
	}

	@Test
	void claimsPerTopicAndClaimantAreCountedOncePerRun() throws Exception {
		this.mvc.perform(get("/topics")).andReturn();
		this.mvc.perform(get("/actors")).andReturn();
		for (String path : List.of("/topics", "/actors", "/api/v1/topics", "/api/v1/actors")) {
			this.caches.getCache(HttpConfiguration.PAGES).clear();
			this.statistics.clear();
			assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(200);
			assertThat(this.statistics.getPrepareStatementCount()).as("SQL statements for %s", path).isEqualTo(1);
		}
	}

	@Test
	void aConditionalRequestOrACachedPageIssuesNoStatementAtAll() throws Exception {
		String path = "/topics/drones";
		MvcResult first = this.mvc.perform(get(path)).andReturn();
		this.statistics.clear();
		MvcResult again = this.mvc.perform(get(path)).andReturn();
		assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
		assertThat(this.statistics.getPrepareStatementCount()).as("served from the page cache").isZero();

		this.caches.getCache(HttpConfiguration.PAGES).clear();
		this.statistics.clear();
		MvcResult notModified = this.mvc
			.perform(get(path).header("If-None-Match", first.getResponse().getHeader("ETag")))
			.andReturn();
		assertThat(notModified.getResponse().getStatus()).isEqualTo(304);
		assertThat(this.statistics.getPrepareStatementCount()).as("304 before any database work").isZero();
	}

}
