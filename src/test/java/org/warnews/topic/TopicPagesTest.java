package org.warnews.topic;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warnews.Pages.html;

@WarNewsTest
class TopicPagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void topicsPageListsEveryTopicWithItsClaimCount() throws Exception {
		Document page = html(this.mvc, "/topics");
		assertThat(page.select(".index li > a").eachText()).containsExactly("Air defence", "Arms development",
				"Casualties", "Diplomacy", "Drones", "G7 summit", "Naming the war", "Prisoners of war", "Reconstruction",
				"Sanctions");
		assertThat(page.select(".index li").first().select(".count").text()).isEqualTo("3 claims");
	}

	@Test
	void topicPageListsItsClaimsAttributedAndLinksToFilteredSearch() throws Exception {
		Document page = html(this.mvc, "/topics/g7-summit");
		assertThat(page.select("h1").text()).isEqualTo("G7 summit");
		assertThat(page.select("li.claim-card .summary a").eachAttr("href")).containsExactlyInAnyOrder(
				"/claims/zelensky-will-attend-g7-summit-in-canada", "/claims/zelensky-hopes-to-meet-trump-at-g7",
				"/claims/zelensky-hopes-to-discuss-support-sanctions-reconstruction");
		assertThat(page.select("li.claim-card .attribution").eachText())
			.allMatch(text -> text.contains("According to Volodymyr Zelensky"));
		assertThat(page.select("a[href=/search?topic=g7-summit]")).hasSize(1);
	}

}
