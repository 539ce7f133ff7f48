package org.warnews.claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.Pages;
import org.warnews.editorial.WithFixtureSources;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON-LD of every claim and source page, expanded by a JSON-LD 1.1 processor (titanium-json-ld) against a
 * local copy of the schema.org context (no network): each node has the schema.org type it claims and that type's
 * required properties, every property is a schema.org term.
 */
@WithFixtureSources
class StructuredDataParsersTest {

	private static final String SCHEMA = "http://schema.org/";

	/** https://schema.org (and its variants) answered from {@code parsers/schema.org.jsonld}, anything else refused. */
	private static final DocumentLoader LOCAL_SCHEMA_ORG = (URI url, DocumentLoaderOptions options) -> {
		if (!Set.of("schema.org", "www.schema.org").contains(url.getHost())) {
			throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "No network in tests: " + url);
		}
		try (InputStream context = StructuredDataParsersTest.class.getResourceAsStream("/parsers/schema.org.jsonld")) {
			return JsonDocument.of(context);
		}
		catch (IOException ex) {
			throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, ex);
		}
	};

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyClaimPageExpandsToAClaimWithItsQuotationAndArticle() throws Exception {
		List<String> slugs = this.jdbc.queryForList("SELECT slug FROM claim ORDER BY id", String.class);
		int quotations = 0;
		for (String slug : slugs) {
			JsonArray nodes = expand("/claims/" + slug);
			JsonObject claim = only(nodes, "Claim", slug);
			assertThat(claim.getString("@id")).isEqualTo("http://localhost/claims/" + slug);
			assertRequired(claim, slug, "url", "name", "author", "appearance", "firstAppearance");
			JsonObject author = claim.getJsonArray(SCHEMA + "author").getJsonObject(0);
			// schema.org's author is a Person or an Organization (of any of its kinds the site uses).
			assertThat(types(author)).as(slug).containsAnyOf(SCHEMA + "Person", SCHEMA + "Organization",
					SCHEMA + "GovernmentOrganization", SCHEMA + "NewsMediaOrganization");
			assertRequired(author, slug, "name");
			JsonObject article = claim.getJsonArray(SCHEMA + "appearance").getJsonObject(0);
			assertThat(types(article)).as(slug).containsExactly(SCHEMA + "NewsArticle");
			assertRequired(article, slug, "headline", "datePublished", "url");
			for (JsonValue node : nodes) {
				if (types(node.asJsonObject()).contains(SCHEMA + "Quotation")) {
					assertRequired(node.asJsonObject(), slug, "text", "spokenByCharacter", "isPartOf", "about");
					quotations++;
				}
			}
		}
		assertThat(quotations).as("direct quotes are Quotations")
			.isEqualTo(this.jdbc.queryForObject("SELECT count(*) FROM claim WHERE direct_quote", Integer.class));
	}

	@Test
	void everySourcePageExpandsToANewsArticle() throws Exception {
		for (String slug : this.jdbc.queryForList("SELECT slug FROM source ORDER BY id", String.class)) {
			JsonObject article = only(expand("/sources/" + slug), "NewsArticle", slug);
			assertRequired(article, slug, "headline", "datePublished", "url");
		}
	}

	private JsonArray expand(String path) throws Exception {
		List<String> scripts = new ArrayList<>();
		for (Element script : Pages.html(this.mvc, path).select("script[type=application/ld+json]")) {
			scripts.add(script.data());
		}
		assertThat(scripts).as("one JSON-LD script in %s", path).hasSize(1);
		JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(scripts.get(0))))
			.loader(LOCAL_SCHEMA_ORG)
			.get();
		List<JsonValue> nodes = new ArrayList<>();
		for (JsonValue node : expanded) {
			JsonObject object = node.asJsonObject();
			// A document with @graph expands to its nodes; check every property of every node is schema.org's.
			object.keySet().stream().filter(key -> !key.startsWith("@"))
				.forEach(key -> assertThat(key).as("property of %s", path).startsWith(SCHEMA));
			nodes.add(object);
		}
		return Json.createArrayBuilder(nodes).build();
	}

	private static JsonObject only(JsonArray nodes, String type, String slug) {
		List<JsonObject> found = nodes.stream().map(JsonValue::asJsonObject)
			.filter(node -> types(node).contains(SCHEMA + type)).toList();
		assertThat(found).as("one %s for %s", type, slug).hasSize(1);
		return found.get(0);
	}

	private static List<String> types(JsonObject node) {
		return node.containsKey("@type") ? node.getJsonArray("@type").getValuesAs(JsonString::getString)
				: List.of();
	}

	private static void assertRequired(JsonObject node, String slug, String... properties) {
		for (String property : properties) {
			assertThat(node.containsKey(SCHEMA + property)).as("%s of %s has %s", types(node), slug, property).isTrue();
		}
	}

}
