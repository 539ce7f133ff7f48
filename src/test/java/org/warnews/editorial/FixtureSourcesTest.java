package org.warnews.editorial;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** More sources, added as editors add them: folders of annotation files, loaded by Flyway on start. */
@WithFixtureSources
class FixtureSourcesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSecondAndThirdSourceAppearOnEveryPage() throws Exception {
		assertThat(Pages.html(this.mvc, "/").text()).contains("SYNTHETIC TEST SOURCE TWO")
			.contains("SYNTHETIC TEST SOURCE THREE")
			.contains("Ukraine-Russia war latest");
		assertThat(Pages.html(this.mvc, "/sources").text()).contains("SYNTHETIC TEST SOURCE TWO");
		Document source = Pages.html(this.mvc, "/sources/synthetic-third-source");
		assertThat(source.select("h1").text()).isEqualTo("SYNTHETIC TEST SOURCE THREE: not news, made up for the tests");
		assertThat(source.select(".provenance").text()).contains("Outlet Synthetic Fixture Gazette")
			.contains("https://fixtures.invalid/third")
			.contains("Archived copy not known")
			.contains("Retrieved 4 July 2025");
		assertThat(Pages.html(this.mvc, "/sources/synthetic-second-source").select(".provenance").text())
			.contains("Outlet not named in the text")
			.contains("Original address not known");
		assertThat(Pages.html(this.mvc, "/items/synthetic-second-drones").text())
			.contains("The Test Ministry of Examples counted more than 1,234 example drones");
		Document claim = Pages.html(this.mvc, "/claims/synthetic-ministry-counted-example-drones");
		assertThat(claim.select("blockquote.in-context mark").text())
			.isEqualTo("it had counted more than 1,234 example drones in a made-up exercise");
		assertThat(claim.select("table.figures").first().text()).contains("more than 1,234");
		assertThat(Pages.html(this.mvc, "/topics/test-exercises").text()).contains("The drill went well, according to the spokesperson.");
		assertThat(Pages.html(this.mvc, "/topics/drones").text()).contains("counted more than 1,234 example drones");
		assertThat(Pages.html(this.mvc, "/actors/test-spokesperson").text()).contains("The turtle test also passed.");
		assertThat(Pages.html(this.mvc, "/figures").text()).contains("Example drones counted");
		assertThat(Pages.html(this.mvc, "/search?q=quokkas").text()).contains("second made-up report about quokkas");
	}

	@Test
	void aSecondAndThirdSourceAreInTheFeedSitemapAndApi() throws Exception {
		assertThat(body("/feed.atom")).contains("/claims/synthetic-ministry-plans-quokka-report");
		assertThat(body("/sitemaps/pages.xml")).contains("/sources/synthetic-second-source")
			.contains("/items/synthetic-third-repeated")
			.contains("/actors/test-ministry-of-examples")
			.contains("/topics/test-exercises");
		assertThat(body("/sitemaps/claims-1.xml")).contains("/claims/synthetic-ministry-drill-went-well");
		assertThat(body("/api/v1/sources")).contains("\"slug\":\"synthetic-third-source\"");
		assertThat(body("/api/v1/claims?actor=test-spokesperson")).contains("synthetic-spokesperson-drill-went-well")
			.contains("synthetic-spokesperson-turtle-test-passed");
		assertThat(body("/api/v1/search?q=wombats")).contains("synthetic-ministry-drill-went-well");
	}

	@Test
	void aPrefixOrSuffixChoosesBetweenTheSameWords() {
		String body = this.jdbc.queryForObject("SELECT body FROM source WHERE slug = 'synthetic-third-source'", String.class);
		int first = body.indexOf("the drill went well");
		int second = body.indexOf("the drill went well", first + 1);
		assertThat(quoteStart("synthetic-spokesperson-drill-went-well")).isEqualTo(first);
		assertThat(quoteStart("synthetic-ministry-drill-went-well")).isEqualTo(second);
	}

	@Test
	void offsetsCountCodePointsSoAstralCharactersMoveNoQuote() throws Exception {
		String body = this.jdbc.queryForObject("SELECT body FROM source WHERE slug = 'synthetic-astral-source'", String.class);
		String quote = "that the “flag test” passed 🎉 twice, with 𝕏 marks";
		int codePoints = body.codePointCount(0, body.indexOf(quote));
		assertThat(codePoints).isLessThan(body.indexOf(quote));
		assertThat(quoteStart("synthetic-ministry-flag-test-passed")).isEqualTo(codePoints);
		assertThat(this.jdbc.queryForObject("""
				SELECT substr(s.body, c.quote_start + 1, c.quote_end - c.quote_start) FROM claim c
				  JOIN item i ON i.id = c.item_id JOIN source s ON s.id = i.source_id
				 WHERE c.slug = 'synthetic-ministry-flag-test-passed'""", String.class)).isEqualTo(quote);
		assertThat(body("/api/v1/claims/synthetic-ministry-flag-test-passed")).contains("\"start\":" + codePoints);

		Document claim = Pages.html(this.mvc, "/claims/synthetic-ministry-flag-test-passed");
		assertThat(claim.select("blockquote.in-context mark").text()).isEqualTo(quote);
		assertThat(claim.select("blockquote.in-context").text())
			.isEqualTo("🇺🇦🇺🇦 The Test Ministry of Examples said 😀 " + quote + ".");
		String link = claim.select("a[href*=:~:text=]").attr("href");
		String fragment = URLDecoder.decode(link.substring(link.indexOf('#') + 1), StandardCharsets.UTF_8);
		assertThat(fragment).isEqualTo("p-4:~:text=Examples said 😀-,that the “flag test” passed 🎉 twice, with 𝕏 marks");

		Document text = Pages.html(this.mvc, "/sources/synthetic-astral-source/text");
		assertThat(text.select("#p-4 a.quote").text()).isEqualTo(quote);
		assertThat(text.select("#p-5 a.quote").text()).isEqualTo("the turtle 🐢 test also passed");
		assertThat(text.select("#p-5").text()).endsWith("Then 🐢 Testa Spokesperson said the turtle 🐢 test also passed.");
	}

	@Test
	void aMonthOrAnApproximateDateKeepsItsPrecisionInCitationsAndStructuredData() throws Exception {
		assertThat(body("/claims/synthetic-spokesperson-exercises-begun/cite.bib")).contains("date = {2025-03}");
		assertThat(body("/claims/synthetic-ministry-counted-first-quokka/cite.bib")).contains("date = {2024-05~}");
		assertThat(body("/claims/synthetic-ministry-counted-first-quokka/cite.json")).contains("\"circa\" : true");
		assertThat(Pages.html(this.mvc, "/claims/synthetic-spokesperson-exercises-begun").select("script[type=application/ld+json]")
			.html()).contains("\"datePublished\":\"2025-03\"");
		assertThat(Pages.html(this.mvc, "/claims/synthetic-ministry-counted-first-quokka").select(".facts").text())
			.contains("about May 2024");
	}

	@Test
	void theFormatsSchemasArePublished() throws Exception {
		var response = this.mvc.perform(get("/schemas/source.schema.json")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/schema+json");
		assertThat(response.getContentAsString()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
		assertThat(this.mvc.perform(get("/schemas/actors.schema.json")).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get("/schemas/secret.schema.json")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private int quoteStart(String slug) {
		return this.jdbc.queryForObject("SELECT quote_start FROM claim WHERE slug = ?", Integer.class, slug);
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
