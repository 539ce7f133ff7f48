package org.warnews.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Every claim as CSV and JSON, each field described with its provenance, each row with an attribution note. */
@WarNewsTest
class OpenDataTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theCsvHoldsEveryClaimWithItsProvenanceAndAttribution() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/data/claims.csv")).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("text/csv").contains("charset=UTF-8");
		assertThat(response.getHeader("Link")).isEqualTo(
				"<http://localhost/data/claims.csv-metadata.json>; rel=\"describedby\"; type=\"application/csvm+json\"");
		List<List<String>> rows = parseCsv(response.getContentAsString(StandardCharsets.UTF_8));
		List<String> header = rows.get(0);
		assertThat(header).contains("id", "slug", "claimant_name", "quote", "quote_start", "quote_end", "source_slug",
				"item_slug", "source_sha256", "attribution");
		String body = this.mvc.perform(get("/sources/2025-06-13-ukraine-russia-war-latest/text.txt")).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> slugs = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			assertThat(row).hasSameSizeAs(header);
			Map<String, String> claim = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				claim.put(header.get(i), row.get(i));
			}
			slugs.add(claim.get("slug"));
			// The provenance holds: the quote is the source text at its offsets.
			assertThat(body.substring(Integer.parseInt(claim.get("quote_start")), Integer.parseInt(claim.get("quote_end"))))
				.isEqualTo(claim.get("quote"));
			assertThat(claim.get("attribution")).startsWith("Claim by " + claim.get("claimant_name"))
				.contains(claim.get("source_headline")).endsWith(claim.get("url"));
		}
		assertThat(slugs).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(this.jdbc.queryForList("SELECT slug FROM claim", String.class));
	}

	@Test
	void theJsonDescribesEachFieldsProvenanceAndHoldsEveryClaim() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/data/claims.json")).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("application/json;charset=UTF-8");
		JsonNode data = this.json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(data.path("attribution").asString()).contains("not verified facts");
		List<String> fields = new ArrayList<>();
		for (JsonNode field : data.path("fields")) {
			fields.add(field.path("name").asString());
			assertThat(field.path("description").asString()).isNotBlank();
			assertThat(field.path("provenance").asString()).matches("(verbatim|editorial|source|assigned|derived): .+");
		}
		assertThat(data.path("fields").findValuesAsString("provenance")).hasSize(fields.size());
		JsonNode quoteField = data.path("fields").get(fields.indexOf("quote"));
		assertThat(quoteField.path("provenance").asString()).startsWith("verbatim");
		assertThat(data.path("fields").get(fields.indexOf("summary")).path("provenance").asString()).startsWith("editorial");
		List<String> slugs = new ArrayList<>();
		for (JsonNode claim : data.path("claims")) {
			assertThat(claim.propertyNames()).containsExactlyElementsOf(fields);
			slugs.add(claim.path("slug").asString());
		}
		assertThat(slugs).containsExactlyInAnyOrderElementsOf(this.jdbc.queryForList("SELECT slug FROM claim", String.class));
		JsonNode killed = null;
		for (JsonNode claim : data.path("claims")) {
			if (claim.path("slug").asString().equals("uk-mod-roughly-250000-russian-soldiers-killed")) {
				killed = claim;
			}
		}
		assertThat(killed.path("figures").get(0).path("valueLabel").asString()).isEqualTo("roughly 250,000");
		assertThat(killed.path("topics").get(0).asString()).isEqualTo("casualties");
		assertThat(killed.path("said_on").asString()).isEqualTo("2025-06-12");
	}

	@Test
	void csvMetadataDescribesEveryColumnForCsvTools() throws Exception {
		JsonNode metadata = this.json.readTree(this.mvc.perform(get("/data/claims.csv-metadata.json")).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(metadata.path("@context").asString()).isEqualTo("http://www.w3.org/ns/csvw");
		assertThat(metadata.path("url").asString()).isEqualTo("http://localhost/data/claims.csv");
		List<String> columns = new ArrayList<>();
		metadata.path("tableSchema").path("columns").forEach(column -> {
			columns.add(column.path("name").asString());
			assertThat(column.path("dc:description").asString()).contains("Provenance: ");
		});
		assertThat(columns).containsExactlyElementsOf(OpenDataColumn.ALL.stream().map(OpenDataColumn::name).toList());
	}

	@Test
	void theDataMayBeReadFromOtherSites() throws Exception {
		assertThat(this.mvc.perform(get("/data/claims.csv").header("Origin", "https://example.org")).andReturn()
			.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
	}

	/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
	static List<List<String>> parseCsv(String csv) {
		assertThat(csv).endsWith("\r\n");
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				assertThat(field).as("a quote opens a field").isEmpty();
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && csv.charAt(i + 1) == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				field.append(c);
			}
		}
		assertThat(quoted).isFalse();
		return rows;
	}

}
