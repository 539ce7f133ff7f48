package org.warnews.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.Pages;
import org.warnews.editorial.WithFixtureSources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The from/to filters of the API's claims, the search and its API, whichever engine runs the search: a claim matches
 * when the days it may have been made on overlap the range. The first source and the fixtures have dates of every
 * precision: days, a month (March 2025), "about" a month (May 2024: April to June) and "on or before" a day.
 */
@WithFixtureSources
class DateRangeFilterTest {

	private static final String MONTH = "synthetic-spokesperson-exercises-begun";

	private static final String ABOUT = "synthetic-ministry-counted-first-quokka";

	private static final String ON_OR_BEFORE = "russia-around-6000-soldiers-killed";

	private static final String DAY = "uk-mod-roughly-250000-russian-soldiers-killed";

	@Autowired
	MockMvc mvc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aDayPreciseClaimMatchesTheRangesThatHoldItsDay() throws Exception {
		assertThat(claims("from=2025-06-12&to=2025-06-12")).contains(DAY);
		assertThat(claims("from=2025-06-13")).doesNotContain(DAY);
		assertThat(claims("to=2025-06-11")).doesNotContain(DAY);
		// Said on 7 July, and on or before 8 July; not on 1 July, nor on or before 4 July.
		assertThat(claims("from=2025-07-05&to=2025-07-07")).contains("synthetic-ministry-counted-2000-example-drones",
				"synthetic-spokesperson-new-count-too-high", "synthetic-ministry-repeats-drill-went-well")
			.doesNotContain("synthetic-ministry-counted-example-drones", "synthetic-ministry-flag-test-passed");
	}

	@Test
	void aMonthCoversTheWholeMonthAndAboutAMonthTheMonthEitherSideToo() throws Exception {
		assertThat(claims("from=2025-03-31&to=2025-03-31")).contains(MONTH);
		assertThat(claims("from=2025-02-01&to=2025-03-01")).contains(MONTH);
		assertThat(claims("from=2025-04-01&to=2025-04-30")).doesNotContain(MONTH);
		assertThat(claims("to=2025-02-28")).doesNotContain(MONTH);
		assertThat(claims("from=2024-04-01&to=2024-04-01")).contains(ABOUT);
		assertThat(claims("from=2024-06-30&to=2024-07-31")).contains(ABOUT);
		assertThat(claims("from=2024-07-01&to=2024-07-31")).doesNotContain(ABOUT);
		assertThat(claims("to=2024-03-31")).doesNotContain(ABOUT);
	}

	@Test
	void anOnOrBeforeClaimMatchesEveryRangeThatBeginsOnOrBeforeItsDay() throws Exception {
		assertThat(claims("from=2025-06-13")).contains(ON_OR_BEFORE);
		assertThat(claims("from=2025-06-14")).doesNotContain(ON_OR_BEFORE);
		assertThat(claims("from=2020-01-01&to=2020-01-31")).contains(ON_OR_BEFORE).doesNotContain(DAY, MONTH, ABOUT);
		assertThat(claims("to=2020-01-31")).contains(ON_OR_BEFORE);
	}

	@Test
	void theClaimsListKeepsItsDatesInItsLinks() throws Exception {
		JsonNode page = api("/api/v1/claims?from=2025-06-01&to=2025-06-30&size=2");
		assertThat(page.path("next").asString()).contains("from=2025-06-01").contains("to=2025-06-30").contains("page=2");
	}

	@Test
	void searchFiltersByDatesOnThePageAndInTheApi() throws Exception {
		List<String> found = new ArrayList<>();
		api("/api/v1/search?q=drones&from=2025-07-05").path("results").forEach(hit -> found.add(hit.path("slug").asString()));
		assertThat(found).contains("synthetic-ministry-counted-2000-example-drones")
			.doesNotContain("synthetic-ministry-counted-example-drones");
		assertThat(api("/api/v1/search?q=drones&from=2025-07-05").path("from").asString()).isEqualTo("2025-07-05");
		List<String> early = new ArrayList<>();
		api("/api/v1/search?q=quokka&to=2024-12-31").path("results").forEach(hit -> early.add(hit.path("slug").asString()));
		// Said about May 2024, and planned on or before 2 July 2025, which may be any day up to then.
		assertThat(early).containsExactlyInAnyOrder(ABOUT, "synthetic-ministry-plans-quokka-report");
		List<String> late = new ArrayList<>();
		api("/api/v1/search?q=quokka&from=2024-07-01").path("results").forEach(hit -> late.add(hit.path("slug").asString()));
		assertThat(late).containsExactly("synthetic-ministry-plans-quokka-report");
		// Dates alone are a search: every claim that may have been made then.
		assertThat(api("/api/v1/search?from=2025-03-01&to=2025-03-31").path("total").asLong()).isPositive();

		Document page = Pages.html(this.mvc, "/search?q=drones&from=2025-07-05");
		assertThat(page.select("li.claim-card").text()).contains("more than 2,000 example drones")
			.doesNotContain("more than 1,234 example drones");
		assertThat(page.select("input[name=from]").attr("value")).isEqualTo("2025-07-05");
		assertThat(page.select(".facets a").eachAttr("href")).isNotEmpty().allSatisfy(href -> assertThat(href).contains("from=2025-07-05"));
	}

	@Test
	void badDatesGetAFriendlyPageOrAProblemDocument() throws Exception {
		Document page = Pages.html(this.mvc, "/search?q=drones&from=yesterday", 400);
		assertThat(page.select(".notices").text()).contains("The dates could not be read, so nothing was searched.")
			.contains("'from' must be a day of the calendar written YYYY-MM-DD, e.g. 2025-06-13.");
		assertThat(page.select("li.claim-card")).isEmpty();
		assertThat(Pages.html(this.mvc, "/search?q=drones&from=2025-06-14&to=2025-06-13", 400).select(".notices").text())
			.contains("is after 'to'");

		problem("/api/v1/claims?from=13-06-2025", "Parameter 'from' must be a day of the calendar written YYYY-MM-DD");
		problem("/api/v1/claims?from=2025-06-14&to=2025-06-13", "Parameter 'from' (2025-06-14) is after 'to' (2025-06-13)");
		problem("/api/v1/search?q=drones&to=2025-02-30", "Parameter 'to' must be a day of the calendar");
	}

	private void problem(String path, String detail) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(400);
		assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
		assertThat(this.json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).path("detail").asString())
			.as(path).contains(detail);
	}

	/** The slugs of every claim of /api/v1/claims with these date parameters. */
	private List<String> claims(String dates) throws Exception {
		List<String> slugs = new ArrayList<>();
		api("/api/v1/claims?size=200&" + dates).path("claims").forEach(claim -> slugs.add(claim.path("slug").asString()));
		return slugs;
	}

	private JsonNode api(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return this.json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

}
