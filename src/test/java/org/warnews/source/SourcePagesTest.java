package org.warnews.source;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.warnews.Pages.html;

@WarNewsTest
class SourcePagesTest {

	private static final String SOURCE = "/sources/2025-06-13-ukraine-russia-war-latest";

	@Autowired
	MockMvc mvc;

	@Test
	void homeShowsTheSourceItsThreeItemsTheirAttributedClaimsTopicsAndASearchBox() throws Exception {
		Document home = html(this.mvc, "/");
		assertThat(home.select("h1").text()).isEqualTo("War News Reference");
		assertThat(home.select("article.item h3").eachText()).containsExactly(
				"Kyiv claims Moscow has lost more than one million soldiers",
				"Volodymyr Zelensky to attend G7 and hopes to meet Trump",
				"Putin calls for quick development of drone forces");
		assertThat(home.select("a[href=" + SOURCE + "]").text()).contains("Kyiv claims Moscow");
		assertThat(home.select("li.claim-card")).hasSize(26);
		assertThat(home.select("li.claim-card").eachText()).anyMatch(card -> card
			.contains("According to the General Staff of the Armed Forces of Ukraine")
			&& card.contains("Russia has lost more than one million troops"));
		assertThat(home.select("a[href^=/topics/]").eachText()).contains("Casualties", "Drones", "G7 summit");
		Element search = home.selectFirst("form[role=search]");
		assertThat(search.attr("action")).isEqualTo("/search");
		assertThat(search.select("input[name=q]")).hasSize(1);
		assertThat(home.select("label[for=q]")).hasSize(1);
	}

	@Test
	void sourcePageListsItemsWithClaimsAndLinksToTheFullText() throws Exception {
		Document page = html(this.mvc, SOURCE);
		assertThat(page.select("h1").text())
			.isEqualTo("Ukraine-Russia war latest: Kyiv claims Moscow has lost more than one million soldiers");
		assertThat(page.select(".standfirst").text()).startsWith("The claim made by Ukraine’s armed forces");
		assertThat(page.select("article.item h2 a").eachAttr("href")).containsExactly(
				"/items/kyiv-claims-moscow-lost-more-than-one-million-soldiers",
				"/items/zelensky-to-attend-g7-and-hopes-to-meet-trump",
				"/items/putin-calls-for-quick-development-of-drone-forces");
		assertThat(page.select("a[href=" + SOURCE + "/text]")).isNotEmpty();
		assertThat(page.select("code").text()).hasSize(64);
	}

	@Test
	void textPageShowsTheWholeSourceVerbatimWithEveryQuoteLinkedToItsClaim() throws Exception {
		Document page = html(this.mvc, SOURCE + "/text");
		String[] lines = Files.readString(Path.of("db/sources/2025-06-13-ukraine-russia-war-latest/text.txt")).split("\n");
		var paragraphs = page.select(".source-text > p");
		assertThat(paragraphs).hasSize(lines.length);
		for (int i = 0; i < lines.length; i++) {
			Element paragraph = paragraphs.get(i);
			assertThat(paragraph.id()).isEqualTo("p-" + (i + 1));
			paragraph.select(".pn").remove();
			assertThat(paragraph.wholeText()).as("paragraph %d", i + 1).isEqualTo(lines[i]);
		}
		assertThat(page.select("a.quote")).hasSize(26);
		Element mod = page.selectFirst("a.quote[href=/claims/uk-mod-more-than-one-million-russian-casualties]");
		assertThat(mod.text()).isEqualTo("Russia has suffered more than one million casualties");
		assertThat(mod.attr("title")).isEqualTo("According to the UK Ministry of Defence");
		assertThat(mod.parent().id()).isEqualTo("p-5");
	}

	@Test
	void plainTextIsTheStoredBodyByteForByte() throws Exception {
		this.mvc.perform(get(SOURCE + "/text.txt"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andExpect(content().bytes(Files.readAllBytes(Path.of("db/sources/2025-06-13-ukraine-russia-war-latest/text.txt"))));
	}

	@Test
	void itemPageShowsItsClaimsAndItsTextWithQuotesMarked() throws Exception {
		Document page = html(this.mvc, "/items/putin-calls-for-quick-development-of-drone-forces");
		assertThat(page.select("h1").text()).isEqualTo("Putin calls for quick development of drone forces");
		assertThat(page.select(".kicker a").attr("href")).isEqualTo(SOURCE);
		assertThat(page.select("li.claim-card")).hasSize(12);
		assertThat(page.select("li.claim-card .attribution").eachText())
			.anyMatch(text -> text.contains("According to Vladimir Putin"))
			.anyMatch(text -> text.contains("According to Volodymyr Zelensky"))
			.anyMatch(text -> text.contains("According to the publication"));
		assertThat(page.select(".source-text > p").eachAttr("id")).containsExactly("p-13", "p-14", "p-15", "p-16",
				"p-17", "p-18", "p-19", "p-20");
		assertThat(page.select("a.quote").eachText()).contains(
				"We are currently creating unmanned systems troops as a separate branch of the military and we need to "
						+ "ensure their rapid and high-quality deployment and development");
	}

}
