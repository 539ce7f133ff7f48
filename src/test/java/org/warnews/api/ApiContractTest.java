package org.warnews.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/**
 * The API answers as its OpenAPI description says: every operation is called (found, not found, bad parameters,
 * renamed), and each answer's status, content type and body must be the ones described, field by field.
 */
@WarNewsTest
class ApiContractTest {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Flyway flyway;

	final JsonMapper json = JsonMapper.builder().build();

	JsonNode openApi;

	SchemaValidator validator;

	@BeforeEach
	void loadDescription() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		this.openApi = this.json.readTree(response.getContentAsString());
		this.validator = new SchemaValidator(this.openApi);
	}

	@Test
	void describesEveryResourceOfTheIssueReadOnly() {
		assertThat(this.openApi.path("openapi").asString()).startsWith("3.");
		List<String> paths = new ArrayList<>(this.openApi.path("paths").propertyNames());
		assertThat(paths).contains("/api/v1/sources", "/api/v1/sources/{slug}", "/api/v1/items", "/api/v1/items/{slug}",
				"/api/v1/claims", "/api/v1/claims/{slug}", "/api/v1/topics", "/api/v1/topics/{slug}", "/api/v1/actors",
				"/api/v1/actors/{slug}", "/api/v1/figures");
		for (String path : paths) {
			assertThat(this.openApi.path("paths").path(path).propertyNames()).as(path).containsExactly("get");
		}
		List<String> claimFilters = new ArrayList<>();
		this.openApi.path("paths").path("/api/v1/claims").path("get").path("parameters")
			.forEach(parameter -> claimFilters.add(parameter.path("name").asString()));
		assertThat(claimFilters).contains("topic", "actor", "kind", "page", "size");
	}

	@Test
	void everyOperationAnswersAsDescribed() throws Exception {
		Map<String, String> samples = Map.of("sources", sample("SELECT slug FROM source"), "items",
				sample("SELECT slug FROM item"), "claims", sample("SELECT slug FROM claim"), "topics",
				sample("SELECT slug FROM topic"), "actors", sample("SELECT slug FROM actor"));
		int checked = 0;
		for (String path : this.openApi.path("paths").propertyNames()) {
			if (path.endsWith("{slug}")) {
				String resource = path.split("/")[3];
				if (samples.containsKey(resource)) {
					checked += check(path, path.replace("{slug}", samples.get(resource)), 200);
				}
				checked += check(path, path.replace("{slug}", "no-such-" + resource), 404);
			}
			else {
				// Without parameters: whatever the status, it must be one the description gives.
				checked += check(path, path, null);
			}
		}
		checked += check("/api/v1/claims", "/api/v1/claims?topic=casualties&kind=figure", 200);
		checked += check("/api/v1/claims", "/api/v1/claims?actor=vladimir-putin&page=2&size=3", 200);
		checked += check("/api/v1/claims", "/api/v1/claims?page=99", 200);
		checked += check("/api/v1/figures", "/api/v1/figures?metric=russian-killed", 200);
		for (String bad : List.of("kind=bogus", "page=0", "page=abc", "size=0", "size=201", "topic=Not%20a%20slug",
				"actor=%3Cscript%3E")) {
			checked += check("/api/v1/claims", "/api/v1/claims?" + bad, 400);
		}
		checked += check("/api/v1/figures", "/api/v1/figures?metric=BAD", 400);
		assertThat(checked).isGreaterThan(25);
	}

	@Test
	void aRenamedClaimAnswers301AsDescribed() throws Exception {
		JdbcTemplate owner = new JdbcTemplate(this.flyway.getConfiguration().getDataSource());
		owner.update("INSERT INTO slug_redirect (old_slug, claim_id) SELECT 'putin-old-api-slug', id FROM claim "
				+ "WHERE slug = 'putin-creating-unmanned-systems-troops'");
		try {
			check("/api/v1/claims/{slug}", "/api/v1/claims/putin-old-api-slug", 301);
			assertThat(this.mvc.perform(get("/api/v1/claims/putin-old-api-slug")).andReturn().getResponse()
				.getHeader("Location")).isEqualTo("http://localhost/api/v1/claims/putin-creating-unmanned-systems-troops");
		}
		finally {
			owner.update("DELETE FROM slug_redirect WHERE old_slug = 'putin-old-api-slug'");
		}
	}

	@Test
	void theCheckCatchesAnswersThatDoNotMatchTheDescription() {
		JsonNode said = this.openApi.path("components").path("schemas").path("Said");
		assertThat(this.validator.validate(said("\"date\":\"2025-06-12\",\"precision\":\"day\",\"label\":\"12 June 2025\""), said)).isEmpty();
		assertThat(this.validator.validate(said("\"date\":\"2025-06-12\",\"precision\":\"week\",\"label\":\"x\""), said)).hasSize(1);
		assertThat(this.validator.validate(said("\"date\":\"2025-06-12\",\"precision\":\"day\""), said)).hasSize(1);
		assertThat(this.validator.validate(said("\"date\":\"12 June\",\"precision\":\"day\",\"label\":\"x\""), said)).hasSize(1);
		assertThat(this.validator.validate(said("\"date\":\"2025-06-12\",\"precision\":\"day\",\"label\":\"x\",\"extra\":1"), said)).hasSize(1);
		assertThat(this.validator.validate(said("\"date\":20250612,\"precision\":\"day\",\"label\":\"x\""), said)).hasSize(1);
	}

	private JsonNode said(String properties) {
		return this.json.readTree("{" + properties + "}");
	}

	/**
	 * Calls the address over real HTTP (some errors are answered by the container's error dispatch, which a mock
	 * request never makes) and checks the answer against the description of the path's GET: the status (the expected
	 * one, or any described one when null), the content type and the body; returns 1.
	 */
	private int check(String describedPath, String address, Integer expectedStatus) throws Exception {
		HttpResponse<String> response = Http.get(this.port, address, "application/json");
		if (expectedStatus != null) {
			assertThat(response.statusCode()).as(address).isEqualTo(expectedStatus);
		}
		JsonNode described = this.openApi.path("paths").path(describedPath).path("get").path("responses")
			.path(String.valueOf(response.statusCode()));
		assertThat(described.isMissingNode()).as("%s: status %s is described", address, response.statusCode()).isFalse();
		if (!described.has("content")) {
			assertThat(response.body()).as(address).isEmpty();
			return 1;
		}
		String contentType = response.headers().firstValue("Content-Type").orElseThrow().replaceFirst(";.*", "");
		JsonNode media = described.path("content").path(contentType);
		assertThat(media.isMissingNode()).as("%s: content type %s is described as %s", address, contentType,
				described.path("content").propertyNames()).isFalse();
		JsonNode body = this.json.readTree(response.body());
		assertThat(this.validator.validate(body, media.path("schema"))).as(address).isEmpty();
		return 1;
	}

	private String sample(String sql) {
		return this.jdbc.queryForList(sql + " ORDER BY id LIMIT 1", String.class).get(0);
	}

}
