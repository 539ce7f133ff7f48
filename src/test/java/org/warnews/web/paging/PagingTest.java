package org.warnews.web.paging;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.Http;
import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.warnews.Pages.html;

/**
 * Every list page stays bounded: topic and claimant pages, the index of sources and the API's lists come a page at
 * a time, the home page and the figures page show the newest only. The first source is small (26 claims, at most
 * 9 per topic), so the tests that page through it set small page sizes for their duration; rendered pages are
 * cached, so the cache is emptied around each test.
 */
@WarNewsTest
class PagingTest {

	private static final String CASUALTIES = "/topics/casualties";

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	PageSizes sizes;

	@Autowired
	CacheManager caches;

	@Autowired
	JdbcTemplate jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	private int claims;

	private int figuresPerMetric;

	@BeforeEach
	void rememberSizes() {
		this.claims = this.sizes.getClaims();
		this.figuresPerMetric = this.sizes.getFiguresPerMetric();
		this.caches.getCache("pages").clear();
	}

	@AfterEach
	void restoreSizes() {
		this.sizes.setClaims(this.claims);
		this.sizes.setFiguresPerMetric(this.figuresPerMetric);
		this.caches.getCache("pages").clear();
	}

	@Test
	void aListThatFitsOnOnePageHasNoPagerAndNoSecondPage() throws Exception {
		Document page = html(this.mvc, CASUALTIES);
		assertThat(page.select("li.claim-card")).hasSize(9);
		assertThat(page.select(".meta").text()).contains("9 claims, newest first.");
		assertThat(page.select("nav.pages")).isEmpty();
		assertThat(page.select("link[rel=prev], link[rel=next], a[rel=prev], a[rel=next]")).isEmpty();
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost" + CASUALTIES);
		assertThat(html(this.mvc, CASUALTIES + "?page=1").select("li.claim-card")).hasSize(9);
		notFound(CASUALTIES + "?page=2");
		notFound(CASUALTIES + "?page=0");
	}

	@Test
	void topicPagesLeadFromOneToTheNextWithEveryClaimOnceAndInOrder() throws Exception {
		List<String> all = html(this.mvc, CASUALTIES).select("li.claim-card .summary a").eachAttr("href");
		this.caches.getCache("pages").clear();
		this.sizes.setClaims(4);

		Document first = html(this.mvc, CASUALTIES);
		assertThat(first.select("nav.pages span").text()).isEqualTo("Page 1 of 3");
		assertThat(first.select("nav.pages a[rel=prev]")).isEmpty();
		assertThat(first.select("nav.pages a[rel=next]").attr("href")).isEqualTo(CASUALTIES + "?page=2");
		assertThat(first.select("link[rel=next]").attr("href")).isEqualTo(CASUALTIES + "?page=2");
		assertThat(first.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost" + CASUALTIES);
		assertThat(first.select(".meta").text()).contains("9 claims, newest first.");
		assertThat(first.title()).startsWith("Topic: Casualties ·");

		Document second = html(this.mvc, CASUALTIES + "?page=2");
		assertThat(second.select("nav.pages span").text()).isEqualTo("Page 2 of 3");
		assertThat(second.select("nav.pages a[rel=prev]").attr("href")).isEqualTo(CASUALTIES);
		assertThat(second.select("link[rel=prev]").attr("href")).isEqualTo(CASUALTIES);
		assertThat(second.select("nav.pages a[rel=next]").attr("href")).isEqualTo(CASUALTIES + "?page=3");
		assertThat(second.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost" + CASUALTIES + "?page=2");
		assertThat(second.title()).startsWith("Topic: Casualties (page 2) ·");

		Document third = html(this.mvc, CASUALTIES + "?page=3");
		assertThat(third.select("nav.pages a[rel=next], link[rel=next]")).isEmpty();
		assertThat(third.select("nav.pages a[rel=prev]").attr("href")).isEqualTo(CASUALTIES + "?page=2");

		List<String> paged = new ArrayList<>();
		for (Document page : List.of(first, second, third)) {
			paged.addAll(page.select("li.claim-card .summary a").eachAttr("href"));
		}
		assertThat(paged).containsExactlyElementsOf(all);
		assertThat(first.select("li.claim-card")).hasSize(4);
		assertThat(third.select("li.claim-card")).hasSize(1);

		assertThat(notFound(CASUALTIES + "?page=4").select("link[rel=canonical]")).isEmpty();
	}

	@Test
	void claimantPagesArePagedTheSameWay() throws Exception {
		this.sizes.setClaims(5);
		Document first = html(this.mvc, "/actors/vladimir-putin");
		assertThat(first.select("li.claim-card")).hasSize(5);
		assertThat(first.select("nav.pages span").text()).isEqualTo("Page 1 of 2");
		Document second = html(this.mvc, "/actors/vladimir-putin?page=2");
		assertThat(second.select("li.claim-card")).hasSize(4);
		assertThat(second.select("li.claim-card .attribution").eachText())
			.allMatch(text -> text.contains("According to Vladimir Putin"));
		assertThat(second.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost/actors/vladimir-putin?page=2");
		notFound("/actors/vladimir-putin?page=3");
	}

	@Test
	void malformedPageNumbersAreRefusedBeforeAnyWork() throws Exception {
		for (String page : List.of("abc", "-1", "1.5", "99999999999")) {
			assertThat(Http.get(this.port, CASUALTIES + "?page=" + page, "text/html").statusCode()).as(page)
				.isEqualTo(400);
		}
	}

	@Test
	void theIndexOfSourcesListsEverySourceNewestFirst() throws Exception {
		Document page = html(this.mvc, "/sources");
		List<String> slugs = this.jdbc.queryForList("SELECT slug FROM source ORDER BY published_on DESC, id DESC",
				String.class);
		assertThat(page.select(".index li > a").eachAttr("href"))
			.containsExactlyElementsOf(slugs.stream().map(slug -> "/sources/" + slug).toList());
		assertThat(page.select("h1").text()).isEqualTo("All sources");
		assertThat(page.select("nav.pages")).isEmpty();
		notFound("/sources?page=2");
	}

	@Test
	void theHomePageLinksToTheIndexOfSourcesOnlyWhenItDoesNotShowThemAll() throws Exception {
		Document home = html(this.mvc, "/");
		assertThat(home.select("section.source")).hasSize(1);
		assertThat(home.select("a[href=/sources]")).isEmpty();
	}

	@Test
	void theFiguresPageChartsTheNewestFiguresOfEachMetricAndSaysHowManyThereAre() throws Exception {
		String busiest = this.jdbc.queryForObject(
				"SELECT metric FROM figure GROUP BY metric HAVING count(*) > 1 ORDER BY count(*) DESC, metric LIMIT 1",
				String.class);
		Integer count = this.jdbc.queryForObject("SELECT count(*) FROM figure WHERE metric = ?", Integer.class, busiest);
		assertThat(html(this.mvc, "/figures").select("section.metric > p.meta")).isEmpty();
		this.caches.getCache("pages").clear();

		this.sizes.setFiguresPerMetric(1);
		Document page = html(this.mvc, "/figures");
		var section = page.getElementById("metric-" + busiest).parent();
		assertThat(section.select("svg.chart g.figure-bar")).hasSize(1);
		assertThat(section.select("table tbody tr")).hasSize(1);
		assertThat(section.select("p.meta").text()).contains("The newest 1 of " + count + " figures");
		assertThat(section.select("p.meta a").attr("href")).isEqualTo("/api/v1/figures?metric=" + busiest);
	}

	@Test
	void apiListsComeAPageAtATimeWithTheirTotalAndLinks() throws Exception {
		int figures = this.jdbc.queryForObject("SELECT count(*) FROM figure", Integer.class);
		JsonNode first = read("/api/v1/figures?size=2");
		assertThat(first.path("figures")).hasSize(2);
		assertThat(first.path("totalFigures").asLong()).isEqualTo(figures);
		assertThat(first.path("totalPages").asInt()).isEqualTo((figures + 1) / 2);
		assertThat(first.path("next").asString()).isEqualTo("http://localhost/api/v1/figures?page=2&size=2");
		assertThat(first.has("previous")).isFalse();
		JsonNode second = read("/api/v1/figures?page=2&size=2");
		assertThat(second.path("previous").asString()).isEqualTo("http://localhost/api/v1/figures?page=1&size=2");

		JsonNode items = read("/api/v1/items?size=1");
		assertThat(items.path("items")).hasSize(1);
		assertThat(items.path("totalItems").asLong()).isEqualTo(3);
		assertThat(items.path("next").asString()).endsWith("/api/v1/items?page=2&size=1");

		JsonNode sources = read("/api/v1/sources");
		assertThat(sources.path("totalSources").asLong()).isEqualTo(1);
		assertThat(sources.path("sources").get(0).path("items")).hasSize(3);
		assertThat(sources.has("next")).isFalse();
		JsonNode beyond = read("/api/v1/sources?page=3");
		assertThat(beyond.path("sources")).isEmpty();
		assertThat(beyond.path("previous").asString()).endsWith("/api/v1/sources?page=1&size=50");

		this.mvc.perform(get("/api/v1/items?size=201")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/figures?page=0")).andExpect(status().isBadRequest());
	}

	@Test
	void pagesAndTheApiShareOnePageLimit() throws Exception {
		assertThat(Http.get(this.port, CASUALTIES + "?page=10001", "text/html").statusCode()).isEqualTo(400);
		HttpResponse<String> api = Http.get(this.port, "/api/v1/claims?page=10001", "application/json");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.body()).contains("\"detail\":\"The page number must be a whole number, and not too large.\"");
		this.mvc.perform(get("/api/v1/claims?page=10000")).andExpect(status().isOk());
		JsonNode page = read("/api/v1/openapi.json").path("paths").path("/api/v1/claims").path("get").path("parameters");
		assertThat(page.valueStream().filter(parameter -> parameter.path("name").asString().equals("page")))
			.singleElement()
			.satisfies(parameter -> assertThat(parameter.path("schema").path("maximum").asInt()).isEqualTo(10000));
		assertThat(page.valueStream().map(parameter -> parameter.path("name").asString()))
			.containsExactlyInAnyOrder("topic", "actor", "kind", "from", "to", "page", "size");
	}

	/** The site's own 404 page, as a browser gets it. */
	private Document notFound(String path) throws Exception {
		HttpResponse<String> response = Http.get(this.port, path, "text/html");
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		return page;
	}

	private JsonNode read(String path) throws Exception {
		String body = this.mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

}
