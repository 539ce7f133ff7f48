package org.warnews.actor;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warnews.Pages.html;

@WarNewsTest
class ActorPagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void actorsPageListsEveryClaimantWithKindAndCount() throws Exception {
		Document page = html(this.mvc, "/actors");
		assertThat(page.select(".index li > a").eachText()).containsExactly(
				"General Staff of the Armed Forces of Ukraine", "Russia",
				"The publication of “Ukraine-Russia war latest” (not named in the text)", "UK Ministry of Defence",
				"Vladimir Putin", "Volodymyr Zelensky");
		assertThat(page.select(".index li").last().select(".count").text()).isEqualTo("Person · 4 claims");
		assertThat(page.select(".index li").first().select(".count").text()).isEqualTo("Organisation · 1 claim");
	}

	@Test
	void actorPageShowsNameVariantsAndTheirClaims() throws Exception {
		Document page = html(this.mvc, "/actors/volodymyr-zelensky");
		assertThat(page.select("h1").text()).isEqualTo("Volodymyr Zelensky");
		assertThat(page.select(".meta").first().text()).contains("Zelenskyy", "Zelenskiy", "Зеленський");
		assertThat(page.select("li.claim-card")).hasSize(4);
		assertThat(page.select("li.claim-card .summary a").first().attr("href"))
			.isEqualTo("/claims/zelensky-will-attend-g7-summit-in-canada");
		assertThat(page.select("a[href=/search?actor=volodymyr-zelensky]")).hasSize(1);
	}

}
