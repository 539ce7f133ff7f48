package org.warnews.claim;

import org.flywaydb.core.Flyway;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.warnews.Pages.html;

@WarNewsTest
class ClaimPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Flyway flyway;

	@Test
	void showsTheClaimWithItsClaimantDateHowAndTheQuoteHighlightedInItsParagraph() throws Exception {
		Document page = html(this.mvc, "/claims/uk-mod-more-than-one-million-russian-casualties");
		assertThat(page.select(".attribution-lead").text()).isEqualTo("According to the UK Ministry of Defence:");
		assertThat(page.select("h1").text()).isEqualTo(
				"Russia has suffered more than one million casualties since it launched the full-scale invasion on 24 February 2022.");
		assertThat(page.select(".facts").text()).contains("Claimed by UK Ministry of Defence")
			.contains("12 June 2025")
			.contains("(“on Thursday”)")
			.contains("Inferred “Thursday” resolved relative to the article date, 2025-06-13.")
			.contains("How statement posted on X");
		assertThat(page.select(".facts time").first().attr("datetime")).isEqualTo("2025-06-12");
		assertThat(page.select("blockquote.in-context mark").text())
			.isEqualTo("Russia has suffered more than one million casualties");
		assertThat(page.select("blockquote.in-context").text()).startsWith("In a statement posted on X on Thursday,")
			.endsWith("on February 24 2022.");
		assertThat(page.select("a[href*=/text#p-5:~:text=]").attr("href")).endsWith(
				"/text#p-5:~:text=also%20said%20that-,Russia%20has%20suffered%20more%20than%20one%20million%20casualties");
		assertThat(page.select("title").text()).startsWith("UK Ministry of Defence: Russia has suffered");
	}

	@Test
	void showsItsFiguresAndTheCompetingFiguresOfOthersSideBySide() throws Exception {
		Document page = html(this.mvc, "/claims/uk-mod-roughly-250000-russian-soldiers-killed");
		assertThat(page.select("table.figures").first().text()).contains("roughly 250,000")
			.contains("since it launched the full-scale invasion on February 24 2022");
		assertThat(page.select("table.figures").get(1).select("tbody tr").text()).contains("Russia")
			.contains("around 6,000")
			.contains("on or before 13 June 2025");
	}

	@Test
	void linksToItsTopicsClaimantItemSourceAndRelatedClaims() throws Exception {
		Document page = html(this.mvc, "/claims/putin-creating-unmanned-systems-troops");
		assertThat(page.select(".facts a").eachAttr("href")).contains("/actors/vladimir-putin", "/topics/drones",
				"/topics/arms-development", "/sources/2025-06-13-ukraine-russia-war-latest");
		assertThat(page.select(".kicker a").attr("href"))
			.isEqualTo("/items/putin-calls-for-quick-development-of-drone-forces");
		assertThat(page.select("#related-topic-heading + ul a").eachAttr("href"))
			.contains("/claims/zelensky-stressed-domestic-drone-industry")
			.doesNotContain("/claims/putin-creating-unmanned-systems-troops");
		assertThat(page.select("#related-actor-heading + ul a").eachAttr("href"))
			.contains("/claims/putin-air-defences-destroyed-more-than-80000-targets")
			.doesNotContain("/claims/putin-creating-unmanned-systems-troops");
		assertThat(page.select(".permalink .url").text())
			.isEqualTo("http://localhost/claims/putin-creating-unmanned-systems-troops");
		assertThat(page.select("#quote-heading").text()).isEqualTo("The quote, in its paragraph");
	}

	@Test
	void anOldSlugAnswers301ToTheCurrentOne() throws Exception {
		JdbcTemplate owner = new JdbcTemplate(this.flyway.getConfiguration().getDataSource());
		owner.update("INSERT INTO slug_redirect (old_slug, claim_id) SELECT 'putin-unmanned-troops', id FROM claim "
				+ "WHERE slug = 'putin-creating-unmanned-systems-troops'");
		try {
			this.mvc.perform(get("/claims/putin-unmanned-troops"))
				.andExpect(status().isMovedPermanently())
				.andExpect(header().string("Location", "/claims/putin-creating-unmanned-systems-troops"));
		}
		finally {
			owner.update("DELETE FROM slug_redirect WHERE old_slug = 'putin-unmanned-troops'");
		}
	}

	@Test
	void everyClaimHasAPageThatAttributesIt() throws Exception {
		Document text = html(this.mvc, "/sources/2025-06-13-ukraine-russia-war-latest/text");
		for (String href : text.select("a.quote").eachAttr("href")) {
			Document page = html(this.mvc, href);
			assertThat(page.select(".attribution-lead").text()).as(href).startsWith("According to");
			assertThat(page.select("blockquote mark").text()).as(href).isNotBlank();
		}
	}

}
