package org.warnews.timeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.Pages;
import org.warnews.editorial.WithFixtureSources;
import org.warnews.web.paging.PageSizes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The timeline: every claim, newest first, grouped by month, each date with its precision; its filters (claimant,
 * topic, kind, dates) and pages; and friendly answers to what it cannot read. On the first source and the fixtures,
 * which between them have dates of every precision.
 */
@WithFixtureSources
class TimelineTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PageSizes sizes;

	@Autowired
	CacheManager caches;

	@LocalServerPort
	int port;

	private int claimsPerPage;

	@BeforeEach
	void rememberSize() {
		this.claimsPerPage = this.sizes.getClaims();
		this.caches.getCache("pages").clear();
	}

	@AfterEach
	void restoreSize() {
		this.sizes.setClaims(this.claimsPerPage);
		this.caches.getCache("pages").clear();
	}

	@Test
	void everyClaimIsShownOnceNewestFirstGroupedByMonth() throws Exception {
		Document page = Pages.html(this.mvc, "/timeline");
		assertThat(page.select("h1").text()).isEqualTo("Timeline");
		List<String> months = this.jdbc.queryForList("""
				SELECT to_char(m, 'FMMonth YYYY') FROM (SELECT DISTINCT date_trunc('month', said_on) AS m FROM claim) d
				 ORDER BY m DESC""", String.class);
		assertThat(months).contains("July 2025", "June 2025", "March 2025", "May 2024");
		assertThat(page.select(".timeline-month h2").eachText()).isEqualTo(months);
		List<String> shown = page.select(".timeline-month li.claim-card .summary a").eachAttr("href");
		List<String> expected = this.jdbc.queryForList("""
				SELECT '/claims/' || slug FROM claim ORDER BY said_on DESC, item_id, quote_start, id""", String.class);
		assertThat(shown).isEqualTo(expected);
		// Each claim sits under the month of its date.
		for (Element month : page.select(".timeline-month")) {
			for (Element card : month.select("li.claim-card")) {
				String slug = card.select(".summary a").attr("href").substring("/claims/".length());
				LocalDate said = this.jdbc.queryForObject("SELECT said_on FROM claim WHERE slug = ?", LocalDate.class, slug);
				assertThat(month.select("h2").text()).as(slug)
					.isEqualTo(said.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + said.getYear());
			}
		}
		assertThat(page.select(".meta").text()).contains(expected.size() + " claims, newest first.");
		assertThat(page.select("nav.pages")).isEmpty();
	}

	@Test
	void eachDateIsShownWithItsPrecisionNeverAsAPlainDayWhenItIsNotOne() throws Exception {
		Document page = Pages.html(this.mvc, "/timeline");
		assertThat(page.select(".date.precision-on-or-before").eachText())
			.isNotEmpty()
			.allSatisfy(text -> assertThat(text).startsWith("· on or before "));
		assertThat(card(page, "russia-around-6000-soldiers-killed").select(".date").text())
			.isEqualTo("· on or before 13 June 2025");
		assertThat(card(page, "uk-mod-roughly-250000-russian-soldiers-killed").select(".date").text()).isEqualTo("· 12 June 2025");
		assertThat(card(page, "synthetic-spokesperson-exercises-begun").select(".date").text()).isEqualTo("· March 2025");
		assertThat(card(page, "synthetic-ministry-counted-first-quokka").select(".date").text()).isEqualTo("· about May 2024");
		// A month with "on or before" dates says what they mean; one without does not.
		assertThat(month(page, "June 2025").text()).contains("Claims dated “on or before” a day are listed in that day’s month: they may have been made earlier.");
		assertThat(month(page, "March 2025").text()).doesNotContain("on or before");
	}

	@Test
	void theTimelineIsFilteredByClaimantTopicKindAndDates() throws Exception {
		Document putin = Pages.html(this.mvc, "/timeline?actor=vladimir-putin");
		assertThat(putin.select("h1").text()).isEqualTo("Timeline of Vladimir Putin");
		assertThat(putin.select("li.claim-card .attribution").eachText()).hasSize(count("a.slug = 'vladimir-putin'"))
			.allSatisfy(text -> assertThat(text).contains("According to Vladimir Putin"));
		assertThat(putin.select("select[name=actor] option[selected]").attr("value")).isEqualTo("vladimir-putin");
		assertThat(putin.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/timeline?actor=vladimir-putin");
		assertThat(slugs("/timeline?topic=drones")).hasSize(count("EXISTS (SELECT 1 FROM claim_topic ct JOIN topic t ON "
				+ "t.id = ct.topic_id WHERE ct.claim_id = c.id AND t.slug = 'drones')"))
			.contains("synthetic-ministry-counted-2000-example-drones", "putin-drones-played-major-role-in-conflict");
		assertThat(slugs("/timeline?kind=figure")).hasSize(count("c.kind = 'figure'"))
			.contains("uk-mod-roughly-250000-russian-soldiers-killed");
		assertThat(slugs("/timeline?actor=test-ministry-of-examples&kind=figure&topic=drones"))
			.containsExactly("synthetic-ministry-counted-2000-example-drones", "synthetic-ministry-counted-example-drones");
		assertThat(slugs("/timeline?from=2025-07-05&to=2025-07-07")).contains(
				"synthetic-ministry-counted-2000-example-drones", "synthetic-spokesperson-new-count-too-high",
				"synthetic-ministry-repeats-drill-went-well")
			.doesNotContain("synthetic-ministry-counted-example-drones", "synthetic-ministry-flag-test-passed");
		// An empty field of the form is no filter.
		assertThat(slugs("/timeline?actor=&topic=&kind=&from=&to=")).hasSize(count("true"));
		Document none = Pages.html(this.mvc, "/timeline?actor=volodymyr-zelensky&kind=figure");
		assertThat(none.text()).contains("No claims match these filters.");
	}

	@Test
	void eachClaimantsPageLinksToItsTimeline() throws Exception {
		assertThat(Pages.html(this.mvc, "/actors/vladimir-putin").select("a[href='/timeline?actor=vladimir-putin']"))
			.hasSize(1);
		assertThat(Pages.html(this.mvc, "/").select("header nav a[href='/timeline']").text()).isEqualTo("Timeline");
	}

	@Test
	void theTimelineIsPagedLikeTheOtherListsKeepingItsFilters() throws Exception {
		List<String> all = slugs("/timeline?actor=vladimir-putin");
		this.caches.getCache("pages").clear();
		this.sizes.setClaims(4);
		List<String> paged = new ArrayList<>();
		Document first = Pages.html(this.mvc, "/timeline?actor=vladimir-putin");
		assertThat(first.select("nav.pages span").text()).isEqualTo("Page 1 of 3");
		assertThat(first.select("nav.pages a[rel=next]").attr("href")).isEqualTo("/timeline?actor=vladimir-putin&page=2");
		paged.addAll(first.select("li.claim-card .summary a").eachAttr("href"));
		Document second = Pages.html(this.mvc, "/timeline?actor=vladimir-putin&page=2");
		assertThat(second.select("title").text()).startsWith("Timeline of Vladimir Putin (page 2)");
		assertThat(second.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost/timeline?actor=vladimir-putin&page=2");
		assertThat(second.select("nav.pages a[rel=prev]").attr("href")).isEqualTo("/timeline?actor=vladimir-putin");
		paged.addAll(second.select("li.claim-card .summary a").eachAttr("href"));
		paged.addAll(Pages.html(this.mvc, "/timeline?actor=vladimir-putin&page=3").select("li.claim-card .summary a").eachAttr("href"));
		assertThat(paged.stream().map(href -> href.substring("/claims/".length())).toList()).isEqualTo(all);
		assertThat(status("/timeline?actor=vladimir-putin&page=4")).isEqualTo(404);
	}

	@Test
	void whatTheTimelineCannotReadGetsAClearAnswer() throws Exception {
		Document bad = Pages.html(this.mvc, "/timeline?from=2025-13-01&actor=vladimir-putin", 400);
		assertThat(bad.select(".notices").text()).contains("The dates could not be read")
			.contains("'from' must be a day of the calendar written YYYY-MM-DD");
		assertThat(bad.select("li.claim-card")).isEmpty();
		assertThat(bad.select("select[name=actor] option[selected]").attr("value")).isEqualTo("vladimir-putin");
		assertThat(Pages.html(this.mvc, "/timeline?from=2025-06-14&to=2025-06-13", 400).select(".notices").text())
			.contains("'from' (2025-06-14) is after 'to' (2025-06-13)");
		assertThat(status("/timeline?actor=nobody-at-all")).isEqualTo(404);
		assertThat(status("/timeline?topic=no-such-topic")).isEqualTo(404);
		assertThat(status("/timeline?kind=rumour")).isEqualTo(404);
	}

	@Test
	void theTimelineIsCachedAndRevalidatedLikeTheOtherPages() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		URI uri = URI.create("http://127.0.0.1:" + this.port + "/timeline?actor=vladimir-putin");
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(page.statusCode()).isEqualTo(200);
		String tag = page.headers().firstValue("ETag").orElseThrow();
		assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).startsWith("public, max-age=");
		HttpResponse<String> again = client.send(HttpRequest.newBuilder(uri).header("Accept", "text/html")
			.header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	private int status(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getStatus();
	}

	private int count(String where) {
		return this.jdbc.queryForObject("SELECT count(*) FROM claim c JOIN actor a ON a.id = c.actor_id WHERE " + where,
				Integer.class);
	}

	private List<String> slugs(String path) throws Exception {
		return Pages.html(this.mvc, path)
			.select("li.claim-card .summary a")
			.eachAttr("href")
			.stream()
			.map(href -> href.substring("/claims/".length()))
			.toList();
	}

	private static Element card(Document page, String slug) {
		return page.select("li.claim-card:has(a[href='/claims/" + slug + "'])").first();
	}

	private static Element month(Document page, String label) {
		return page.select(".timeline-month:has(h2:matchesOwn(^" + label + "$))").first();
	}

}
