package org.warnews.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.Http;
import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

@WarNewsTest
class ApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyClaimInTheDatabaseIsInTheApiOnceWithItsProvenance() throws Exception {
		List<String> slugs = new ArrayList<>();
		String next = "/api/v1/claims?size=7";
		while (next != null) {
			JsonNode page = read(next);
			for (JsonNode claim : page.path("claims")) {
				slugs.add(claim.path("slug").asString());
				String quote = claim.path("quote").path("text").asString();
				int start = claim.path("quote").path("start").asInt();
				int end = claim.path("quote").path("end").asInt();
				assertThat(end - start).as(claim.path("slug").asString()).isEqualTo(quote.length());
				assertThat(claim.path("claimant").path("name").asString()).isNotBlank();
				assertThat(claim.path("source").path("sha256").asString()).hasSize(64);
			}
			next = page.has("next") ? page.path("next").asString().replace("http://localhost", "") : null;
		}
		assertThat(slugs).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(this.jdbc.queryForList("SELECT slug FROM claim", String.class));
	}

	@Test
	void quoteOffsetsPointIntoTheVerbatimSourceText() throws Exception {
		JsonNode claim = read("/api/v1/claims/uk-mod-more-than-one-million-russian-casualties");
		String text = this.mvc.perform(get("/sources/2025-06-13-ukraine-russia-war-latest/text.txt"))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		JsonNode quote = claim.path("quote");
		assertThat(text.substring(quote.path("start").asInt(), quote.path("end").asInt()))
			.isEqualTo(quote.path("text").asString())
			.isEqualTo("Russia has suffered more than one million casualties");
		assertThat(quote.path("paragraph").asInt()).isEqualTo(5);
		assertThat(quote.path("textUrl").asString()).endsWith("/text#p-5:~:text=also%20said%20that-,"
				+ "Russia%20has%20suffered%20more%20than%20one%20million%20casualties");
		assertThat(claim.path("said").path("date").asString()).isEqualTo("2025-06-12");
		assertThat(claim.path("said").path("phrase").asString()).isEqualTo("on Thursday");
		assertThat(claim.path("figures").get(0).path("valueLabel").asString()).isEqualTo("more than 1,000,000");
	}

	@Test
	void filtersByTopicActorAndKindCombine() throws Exception {
		assertThat(slugs("/api/v1/claims?topic=casualties&size=200")).containsExactlyInAnyOrderElementsOf(
				this.jdbc.queryForList("SELECT c.slug FROM claim c JOIN claim_topic ct ON ct.claim_id = c.id "
						+ "JOIN topic t ON t.id = ct.topic_id WHERE t.slug = 'casualties'", String.class));
		assertThat(slugs("/api/v1/claims?actor=uk-ministry-of-defence&kind=figure&size=200"))
			.containsExactlyInAnyOrder("uk-mod-more-than-one-million-russian-casualties",
					"uk-mod-roughly-250000-russian-soldiers-killed");
		assertThat(slugs("/api/v1/claims?actor=no-such-actor")).isEmpty();
		JsonNode page = read("/api/v1/claims?actor=vladimir-putin&size=2");
		assertThat(page.path("totalClaims").asLong()).isEqualTo(
				this.jdbc.queryForObject("SELECT count(*) FROM claim c JOIN actor a ON a.id = c.actor_id "
						+ "WHERE a.slug = 'vladimir-putin'", Long.class));
		assertThat(page.path("next").asString()).endsWith("/api/v1/claims?actor=vladimir-putin&page=2&size=2");
		assertThat(page.has("previous")).isFalse();
	}

	@Test
	void listsSourcesItemsTopicsActorsAndFiguresCompletely() throws Exception {
		assertThat(values(read("/api/v1/sources").path("sources"), "slug"))
			.containsExactlyInAnyOrderElementsOf(this.jdbc.queryForList("SELECT slug FROM source", String.class));
		assertThat(values(read("/api/v1/items").path("items"), "slug"))
			.containsExactlyInAnyOrderElementsOf(this.jdbc.queryForList("SELECT slug FROM item", String.class));
		assertThat(values(read("/api/v1/topics").path("topics"), "slug"))
			.containsExactlyInAnyOrderElementsOf(this.jdbc.queryForList("SELECT slug FROM topic", String.class));
		assertThat(values(read("/api/v1/actors").path("actors"), "slug"))
			.containsExactlyInAnyOrderElementsOf(this.jdbc.queryForList("SELECT slug FROM actor", String.class));
		JsonNode figures = read("/api/v1/figures").path("figures");
		assertThat(figures.size()).isEqualTo(this.jdbc.queryForObject("SELECT count(*) FROM figure", Integer.class));
		JsonNode killed = read("/api/v1/figures?metric=russian-killed").path("figures");
		// Newest first: Russia's figure is dated on or before the article (13 June), the UK's 12 June.
		assertThat(values(killed, "valueLabel")).containsExactly("around 6,000", "roughly 250,000");
		assertThat(killed.get(0).path("claim").path("claimant").path("name").asString()).isEqualTo("Russia");
		JsonNode item = read("/api/v1/items/putin-calls-for-quick-development-of-drone-forces");
		assertThat(item.path("claims").size()).isEqualTo(this.jdbc.queryForObject(
				"SELECT count(*) FROM claim c JOIN item i ON i.id = c.item_id "
						+ "WHERE i.slug = 'putin-calls-for-quick-development-of-drone-forces'", Integer.class));
	}

	@Test
	void aMeasureListsItsFiguresWithTheirBoundsKindAndPeriod() throws Exception {
		JsonNode measure = read("/api/v1/figures/russian-killed");
		assertThat(measure.path("totalFigures").asLong())
			.isEqualTo(this.jdbc.queryForObject("SELECT count(*) FROM figure WHERE metric = 'russian-killed'", Long.class));
		JsonNode russia = measure.path("figures").get(0);
		assertThat(russia.path("valueLabel").asString()).isEqualTo("around 6,000");
		assertThat(russia.path("best").asInt()).isEqualTo(6000);
		assertThat(russia.has("low")).isFalse();
		assertThat(russia.has("high")).isFalse();
		assertThat(russia.path("approximate").asBoolean()).isTrue();
		assertThat(russia.path("shape").asString()).isEqualTo("approximate");
		assertThat(russia.path("kind").asString()).isEqualTo("official-claim");
		assertThat(russia.has("cumulative")).as("the text does not say").isFalse();
		JsonNode casualties = read("/api/v1/claims/uk-mod-more-than-one-million-russian-casualties").path("figures").get(0);
		assertThat(casualties.path("shape").asString()).isEqualTo("floor");
		assertThat(casualties.path("low").asLong()).isEqualTo(1_000_000);
		assertThat(casualties.has("best")).isFalse();
		assertThat(casualties.path("kind").asString()).isEqualTo("estimate");
		assertThat(casualties.path("periodStart").asString()).isEqualTo("2022-02-24");
		assertThat(casualties.has("periodEnd")).as("the text states no end").isFalse();
		assertThat(casualties.path("cumulative").asBoolean()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/nothing-here", "/api/nope", "/api/v1/claims/UPPER", "/api/v1/claims/no-such-claim",
			"/api/v1/sources/no-such-source", "/api/v1/figures/no-such-measure" })
	void unknownAddressesAreJson404sEvenForBrowsers(String path) throws Exception {
		HttpResponse<String> response = Http.get(this.port, path, "text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(404);
		assertThat(problem.path("instance").asString()).isEqualTo(path);
		assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("org.warnews");
	}

	@Test
	void isReadOnlyWithGetOnlyCors() throws Exception {
		HttpResponse<String> post = Http.send(this.port, "POST", "/api/v1/claims", "application/json");
		assertThat(post.statusCode()).isEqualTo(405);
		assertThat(post.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");

		MockHttpServletResponse cors = this.mvc.perform(get("/api/v1/claims").header("Origin", "https://example.org"))
			.andReturn().getResponse();
		assertThat(cors.getStatus()).isEqualTo(200);
		assertThat(cors.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(cors.getHeader("Access-Control-Allow-Credentials")).isNull();

		MockHttpServletResponse preflightGet = this.mvc.perform(options("/api/v1/claims")
			.header("Origin", "https://example.org").header("Access-Control-Request-Method", "GET"))
			.andReturn().getResponse();
		assertThat(preflightGet.getStatus()).isEqualTo(200);
		assertThat(preflightGet.getHeader("Access-Control-Allow-Methods")).isEqualTo("GET,HEAD");

		MockHttpServletResponse preflightDelete = this.mvc.perform(options("/api/v1/claims")
			.header("Origin", "https://example.org").header("Access-Control-Request-Method", "DELETE"))
			.andReturn().getResponse();
		assertThat(preflightDelete.getStatus()).isEqualTo(403);
		assertThat(preflightDelete.getHeader("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void theDescriptionHasAStableAddressAndABrowsablePage() throws Exception {
		MockHttpServletResponse docs = this.mvc.perform(get("/api/v1/docs")).andReturn().getResponse();
		assertThat(docs.getStatus()).isEqualTo(302);
		String page = docs.getRedirectedUrl();
		assertThat(page).endsWith("/swagger-ui/index.html");
		HttpResponse<String> ui = Http.get(this.port, "/swagger-ui/index.html", "text/html");
		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(ui.body()).contains("swagger-ui");
		HttpResponse<String> config = Http.get(this.port, "/api/v1/openapi.json/swagger-config", "application/json");
		assertThat(this.json.readTree(config.body()).path("url").asString()).isEqualTo("/api/v1/openapi.json");
		JsonNode index = read("/api/v1");
		assertThat(index.path("openapi").asString()).isEqualTo("http://localhost/api/v1/openapi.json");
		assertThat(index.path("attribution").asString()).contains("not verified facts");
	}

	private JsonNode read(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		assertThat(response.getContentType()).as(path).startsWith("application/json");
		return this.json.readTree(response.getContentAsString());
	}

	private Set<String> slugs(String path) throws Exception {
		return new HashSet<>(values(read(path).path("claims"), "slug"));
	}

	private static List<String> values(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach(node -> values.add(node.path(field).asString()));
		return values;
	}

}
