package org.warnews.claim;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warnews.Pages.html;

/** schema.org data: a Claim (and a Quotation for the claimant's own words) on claim pages, a NewsArticle on sources. */
@WarNewsTest
class StructuredDataTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aClaimIsAuthoredByItsClaimantAndAppearsInItsSource() throws Exception {
		JsonNode graph = jsonLd("/claims/uk-mod-more-than-one-million-russian-casualties").path("@graph");
		assertThat(graph.size()).isEqualTo(1);
		JsonNode claim = graph.get(0);
		assertThat(claim.path("@type").asString()).isEqualTo("Claim");
		assertThat(claim.path("url").asString())
			.isEqualTo("http://localhost/claims/uk-mod-more-than-one-million-russian-casualties");
		assertThat(claim.path("name").asString()).startsWith("Russia has suffered more than one million casualties");
		assertThat(claim.path("author").path("@type").asString()).isEqualTo("Organization");
		assertThat(claim.path("author").path("name").asString()).isEqualTo("UK Ministry of Defence");
		assertThat(claim.path("datePublished").asString()).isEqualTo("2025-06-12");
		JsonNode appearance = claim.path("appearance");
		assertThat(appearance.path("@type").asString()).isEqualTo("NewsArticle");
		assertThat(appearance.path("headline").asString()).startsWith("Ukraine-Russia war latest");
		assertThat(appearance.path("datePublished").asString()).isEqualTo("2025-06-13");
		assertThat(claim.path("firstAppearance").path("@id").asString()).isEqualTo(appearance.path("@id").asString())
			.isEqualTo("http://localhost/sources/2025-06-13-ukraine-russia-war-latest");
		assertThat(claim.path("about").get(0).path("name").asString()).isEqualTo("Casualties");
	}

	@Test
	void aDirectQuoteIsAQuotationSpokenByTheClaimant() throws Exception {
		JsonNode graph = jsonLd("/claims/putin-creating-unmanned-systems-troops").path("@graph");
		JsonNode claim = graph.get(0);
		JsonNode quotation = graph.get(1);
		assertThat(claim.path("author").path("@type").asString()).isEqualTo("Person");
		assertThat(claim.path("author").path("name").asString()).isEqualTo("Vladimir Putin");
		assertThat(quotation.path("@type").asString()).isEqualTo("Quotation");
		assertThat(quotation.path("text").asString()).startsWith("We are currently creating unmanned systems troops");
		assertThat(quotation.path("spokenByCharacter").path("@id").asString())
			.isEqualTo(claim.path("author").path("@id").asString());
		assertThat(quotation.path("isPartOf").path("@id").asString())
			.isEqualTo(claim.path("appearance").path("@id").asString());
	}

	@Test
	void aDateIsGivenOnlyAsPreciselyAsTheSourceAllows() throws Exception {
		assertThat(jsonLd("/claims/uk-mod-more-than-one-million-russian-casualties").path("@graph").get(0)
			.path("datePublished").asString()).isEqualTo("2025-06-12");
		// "on or before 13 June 2025" has no schema.org form: no datePublished (a month: FixtureSourcesTest)
		assertThat(jsonLd("/claims/putin-creating-unmanned-systems-troops").path("@graph").get(0)
			.has("datePublished")).isFalse();
		assertThat(jsonLd("/claims/russia-around-6000-soldiers-killed").path("@graph").get(0)
			.has("datePublished")).isFalse();
	}

	@Test
	void everyClaimPageCarriesItsClaimAndAQuotationExactlyForDirectQuotes() throws Exception {
		for (Map<String, Object> row : this.jdbc.queryForList("SELECT c.slug, c.direct_quote, c.quote, a.name "
				+ "FROM claim c JOIN actor a ON a.id = c.actor_id")) {
			JsonNode graph = jsonLd("/claims/" + row.get("slug")).path("@graph");
			assertThat(graph.get(0).path("@type").asString()).isEqualTo("Claim");
			assertThat(graph.get(0).path("author").path("name").asString()).isEqualTo(row.get("name"));
			assertThat(graph.get(0).path("appearance").path("@type").asString()).isEqualTo("NewsArticle");
			assertThat(graph.get(0).has("firstAppearance")).isTrue();
			if ((Boolean) row.get("direct_quote")) {
				assertThat(graph.size()).as("%s", row.get("slug")).isEqualTo(2);
				assertThat(graph.get(1).path("text").asString()).isEqualTo(row.get("quote"));
			}
			else {
				assertThat(graph.size()).as("%s", row.get("slug")).isEqualTo(1);
			}
		}
	}

	@Test
	void aSourceIsANewsArticle() throws Exception {
		for (String path : new String[] { "/sources/2025-06-13-ukraine-russia-war-latest",
				"/sources/2025-06-13-ukraine-russia-war-latest/text" }) {
			JsonNode article = jsonLd(path);
			assertThat(article.path("@type").asString()).isEqualTo("NewsArticle");
			assertThat(article.path("@id").asString()).isEqualTo("http://localhost/sources/2025-06-13-ukraine-russia-war-latest");
			assertThat(article.path("headline").asString())
				.isEqualTo("Ukraine-Russia war latest: Kyiv claims Moscow has lost more than one million soldiers");
			assertThat(article.path("datePublished").asString()).isEqualTo("2025-06-13");
			assertThat(article.path("description").asString()).startsWith("The claim made by Ukraine’s armed forces");
		}
		Document page = html(this.mvc, "/sources/2025-06-13-ukraine-russia-war-latest");
		assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
	}

	private JsonNode jsonLd(String path) throws Exception {
		Document page = html(this.mvc, path);
		assertThat(page.select("script[type=application/ld+json]")).as(path).hasSize(1);
		return this.json.readTree(page.select("script[type=application/ld+json]").first().data());
	}

}
