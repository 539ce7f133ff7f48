package org.warnews.claim;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.Pages;
import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Corrections, openly: the review's corrections of the first source, made through its annotation file, show on the
 * corrections log, on each claim's page with the version it was before, in the feed and in what a citation cites.
 */
@WarNewsTest
class CorrectionsTest {

	private static final String RUSSIA_6000 = "russia-around-6000-soldiers-killed";

	@Autowired
	MockMvc mvc;

	@Test
	void theLogListsEveryCorrectionWithWhatChangedAndWhy() throws Exception {
		Document log = Pages.html(this.mvc, "/corrections");
		assertThat(log.select("h1").text()).isEqualTo("Corrections");
		assertThat(log.select("li.correction")).hasSizeGreaterThanOrEqualTo(12);
		String russia = log.select("li.correction:has(a[href=/claims/" + RUSSIA_6000 + "])").text();
		assertThat(russia).contains("the article says only “early in the war”, so the day is not known")
			.contains("about February 2022 (“early in the war”)")
			.contains("on or before 13 June 2025 (“early in the war”)");
		assertThat(log.select("li.correction:has(a[href=/claims/uk-mod-more-than-one-million-russian-casualties])")
			.text()).contains("counting casualties (killed and wounded)").contains("counting casualties,");
		assertThat(log.select("a[href=/claims/" + RUSSIA_6000 + "/versions/1]")).isNotEmpty();
		String claimants = log.select("section[aria-labelledby=claimants-heading]").text();
		assertThat(claimants).contains("Corrections to claimants")
			.contains("General Staff of the Armed Forces of Ukraine")
			.contains("which name Ukraine or its capital")
			.contains("Kyiv, Kiev");
	}

	@Test
	void aCorrectedClaimShowsItsHistoryAndItsEarlierVersionStaysReadable() throws Exception {
		Document page = Pages.html(this.mvc, "/claims/" + RUSSIA_6000);
		assertThat(page.select(".facts").text()).contains("on or before 13 June 2025").contains("(“early in the war”)")
			.doesNotContain("February 2022");
		assertThat(page.select("section.history").text()).contains("This is version 2")
			.contains("so the day is not known");
		assertThat(page.select(".cite p.citation").first().text()).contains("War News Reference, version 2 (");

		Document version = Pages.html(this.mvc, "/claims/" + RUSSIA_6000 + "/versions/1");
		assertThat(version.select(".notice").text()).contains("This is version 1 of a claim that was later corrected.")
			.contains("so the day is not known");
		assertThat(version.select(".facts").text()).contains("about February 2022 (“early in the war”)")
			.contains("Claimant Russia");
		MockHttpServletResponse current = this.mvc.perform(get("/claims/" + RUSSIA_6000 + "/versions/2"))
			.andReturn()
			.getResponse();
		assertThat(current.getStatus()).isEqualTo(302);
		assertThat(current.getHeader("Location")).endsWith("/claims/" + RUSSIA_6000);
		assertThat(this.mvc.perform(get("/claims/" + RUSSIA_6000 + "/versions/3")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(get("/claims/no-such-claim/versions/1")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void theApiGivesAClaimsVersionAndCorrections() throws Exception {
		String json = this.mvc.perform(get("/api/v1/claims/" + RUSSIA_6000)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"version\":2")
			.contains("\"reason\":\"It was dated about 24 February 2022, a guess")
			.contains("\"part\":\"said\",\"before\":\"about February 2022 (“early in the war”)")
			.contains("/claims/" + RUSSIA_6000 + "/versions/1\"");
	}

	@Test
	void anUncorrectedClaimHasNoHistory() throws Exception {
		Document page = Pages.html(this.mvc, "/claims/publication-trump-zelensky-last-met-at-vatican");
		assertThat(page.select("section.history")).isEmpty();
		assertThat(this.mvc.perform(get("/claims/publication-trump-zelensky-last-met-at-vatican/versions/1"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
	}

	@Test
	void theFeedCarriesACorrectionAsAnUpdatedEntryThatSaysWhy() throws Exception {
		String feed = this.mvc.perform(get("/feed.atom")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(feed).contains("Corrected on ").contains("The summary dropped his hedge “on the whole”.");
	}

	@Test
	void structuredDataSaysWhenTheClaimLastChanged() throws Exception {
		Document page = Pages.html(this.mvc, "/claims/" + RUSSIA_6000);
		assertThat(page.select("script[type=application/ld+json]").html()).contains("\"dateModified\":\"");
	}

}
