package org.warnews.search;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.Http;
import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.warnews.Pages.html;

@WarNewsTest
class SearchPageTest {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void resultsAreAttributedWithTheMatchingWordsMarked() throws Exception {
		Document page = html(this.mvc, "/search?q=Kiev");
		assertThat(page.select("h1").text()).isEqualTo("Claims matching “Kiev”");
		Element first = page.select("ol.search-results > li.claim-card").first();
		assertThat(first.select(".summary a").attr("href"))
			.isEqualTo("/claims/zelensky-hopes-to-discuss-support-sanctions-reconstruction");
		// The variant that is really in the text is marked.
		assertThat(first.select(".summary mark").eachText()).containsExactly("Kyiv");
		assertThat(first.select(".quote-line mark").eachText()).containsExactly("Kyiv");
		assertThat(page.select("ol.search-results > li.claim-card .attribution"))
			.allSatisfy(attribution -> assertThat(attribution.text()).contains("According to"));
		assertThat(first.select(".attribution").text()).contains("According to Volodymyr Zelensky");
	}

	@Test
	void facetsAreLinksThatKeepTheQuery() throws Exception {
		Document page = html(this.mvc, "/search?q=drones");
		assertThat(page.select(".facets h2").eachText()).containsExactly("Topics", "Claimants", "Kinds of claim");
		assertThat(page.select(".facets a").eachAttr("href")).allMatch(href -> href.startsWith("/search?q=drones&"))
			.contains("/search?q=drones&topic=arms-development", "/search?q=drones&actor=volodymyr-zelensky",
					"/search?q=drones&kind=call");
		Document narrowed = html(this.mvc, "/search?q=drones&actor=volodymyr-zelensky");
		assertThat(narrowed.select("ol.search-results .summary a").eachAttr("href"))
			.containsExactly("/claims/zelensky-stressed-domestic-drone-industry");
		assertThat(narrowed.select(".facets a[aria-current=true]").eachAttr("href")).contains("/search?q=drones");
		// The page's own search box keeps the filter.
		assertThat(narrowed.select("form.search-page input[name=actor]").val()).isEqualTo("volodymyr-zelensky");
	}

	@Test
	void topicAndActorPagesLeadIntoFilteredSearch() throws Exception {
		Document topic = html(this.mvc, "/search?topic=g7-summit");
		assertThat(topic.select("ol.search-results .summary a").eachAttr("href")).containsExactlyInAnyOrder(
				"/claims/zelensky-will-attend-g7-summit-in-canada", "/claims/zelensky-hopes-to-meet-trump-at-g7",
				"/claims/zelensky-hopes-to-discuss-support-sanctions-reconstruction");
		assertThat(topic.select(".result-count").text()).contains("3 claims match").contains("newest first");
		Document actor = html(this.mvc, "/search?actor=vladimir-putin&q=air");
		assertThat(actor.select("ol.search-results .attribution").eachText())
			.allMatch(text -> text.contains("According to Vladimir Putin"));
	}

	@Test
	void emptySearchSuggestsTopicsAndExamples() throws Exception {
		Document page = html(this.mvc, "/search");
		assertThat(page.select("h1").text()).isEqualTo("Search");
		assertThat(page.select(".empty a[href^=/search?topic=]").eachText()).contains("Drones", "G7 summit",
				"Prisoners of war");
		assertThat(page.select(".empty a[href^=/search?q=]").eachText()).contains("Zelenskyy", "1 million");
		assertThat(page.select(".problem")).isEmpty();
	}

	@Test
	void aSearchThatFindsNothingSaysSoAndSuggestsTopics() throws Exception {
		Document page = html(this.mvc, "/search?q=xylophone");
		assertThat(page.select(".empty h2").text()).isEqualTo("No claims match “xylophone”.");
		assertThat(page.select(".empty a[href^=/search?topic=]")).hasSize(10);
		assertThat(page.select("ol.search-results")).isEmpty();
	}

	@Test
	void aMisspeltSearchShowsTheCorrectedResultsAndOffersTheOriginal() throws Exception {
		Document page = html(this.mvc, "/search?q=Zelenksy");
		assertThat(page.select(".corrected").text())
			.contains("No claims match “Zelenksy”, so the claims matching “Zelensky” are shown instead.");
		assertThat(page.select(".corrected a").attr("href")).isEqualTo("/search?q=Zelenksy");
		assertThat(page.select("ol.search-results li")).hasSize(5);
		assertThat(page.select("#search-q").val()).isEqualTo("Zelensky");
	}

	@Test
	void resultsArePagedWithBoundedPageNumbers() throws Exception {
		Document first = html(this.mvc, "/search?q=Russia OR Ukraine OR Zelensky OR Putin");
		assertThat(first.select(".result-count").text()).matches(".*2\\d claims match.*");
		assertThat(first.select("ol.search-results > li")).hasSize(20);
		assertThat(first.select(".pages").text()).contains("Page 1 of 2");
		String next = first.select(".pages a[rel=next]").attr("href");
		assertThat(next).isEqualTo("/search?q=Russia%20OR%20Ukraine%20OR%20Zelensky%20OR%20Putin&page=2");
		// Pages.html takes an address as typed and encodes it itself.
		Document second = html(this.mvc, URLDecoder.decode(next, StandardCharsets.UTF_8));
		assertThat(second.select("ol.search-results > li")).hasSizeBetween(1, 9);
		assertThat(second.select(".pages a[rel=prev]").attr("href")).isEqualTo("/search?q=Russia%20OR%20Ukraine%20OR%20Zelensky%20OR%20Putin");

		Document beyond = html(this.mvc, "/search?q=Russia OR Ukraine OR Zelensky OR Putin&page=7");
		assertThat(beyond.select(".notice").text()).contains("The results end at page 2");
		assertThat(beyond.select(".pages").text()).contains("Page 2 of 2");
		Document huge = html(this.mvc, "/search?q=drones&page=99999999999999999999");
		assertThat(huge.select("ol.search-results > li")).hasSize(12);
		Document notANumber = html(this.mvc, "/search?q=drones&page=two");
		assertThat(notANumber.select(".notice").text()).contains("not a page number");
	}

	@Test
	void theLayoutOffersTheSiteAsABrowserSearchEngine() throws Exception {
		Document home = html(this.mvc, "/");
		Element link = home.select("head link[rel=search]").first();
		assertThat(link.attr("type")).isEqualTo("application/opensearchdescription+xml");
		assertThat(link.attr("href")).isEqualTo("/opensearch.xml");
		HttpResponse<String> xml = Http.get(this.port, "/opensearch.xml", "*/*");
		assertThat(xml.statusCode()).isEqualTo(200);
		assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/opensearchdescription+xml"));
		assertThat(xml.body()).contains("<ShortName>War News Ref</ShortName>")
			.contains("template=\"http://127.0.0.1:" + this.port + "/search?q={searchTerms}\"");
	}

	@Test
	void theSameSearchAsJson() throws Exception {
		this.mvc.perform(get("/api/v1/search").param("q", "1 million").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.query").value("1 million"))
			.andExpect(jsonPath("$.results[0].slug").value("general-staff-russia-lost-more-than-one-million-troops"))
			.andExpect(jsonPath("$.results[0].attribution").value("According to the General Staff of the Armed Forces of Ukraine"))
			.andExpect(jsonPath("$.results[0].claimant.slug").value("general-staff-of-ukraine"))
			.andExpect(jsonPath("$.results[0].summaryHighlighted[?(@.match == true)].text").value(org.hamcrest.Matchers.contains("one", "million")))
			.andExpect(jsonPath("$.facets[0].name").value("topic"))
			.andExpect(jsonPath("$.facets[0].values[0].search").value(org.hamcrest.Matchers.startsWith("/api/v1/search?q=1%20million&topic=")));
	}

	@Test
	void jsonSearchWithNothingToLookForIsABadRequestThatSaysWhy() throws Exception {
		this.mvc.perform(get("/api/v1/search").param("q", "the -").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("only very common words")));
		this.mvc.perform(get("/api/v1/search").accept(MediaType.APPLICATION_JSON)).andExpect(status().isBadRequest());
	}

}
