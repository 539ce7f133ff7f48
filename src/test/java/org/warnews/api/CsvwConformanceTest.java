package org.warnews.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.editorial.WithFixtureSources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The open data CSV read as CSVW tools read it, against the metadata it is served with: the header row gives the
 * columns' titles in order, every row has every column, every cell is of its column's datatype (or empty, CSVW's
 * default null), and the primary key is unique. Every claim is a row.
 */
@WithFixtureSources
class CsvwConformanceTest {

	/** The lexical spaces (XML Schema) of the CSVW datatypes the metadata uses. */
	private static final Map<String, Predicate<String>> DATATYPES = Map.of(
			"string", value -> true,
			"integer", value -> value.matches("[+-]?[0-9]+"),
			"boolean", value -> value.matches("true|false|1|0"),
			"date", value -> value.matches("-?[0-9]{4,}-[0-9]{2}-[0-9]{2}") && parses(value),
			"anyURI", value -> URI.create(value).isAbsolute());

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyRowMatchesTheCsvwMetadata() throws Exception {
		JsonNode metadata = JsonMapper.builder().build().readTree(body("/data/claims.csv-metadata.json"));
		assertThat(metadata.path("url").asString()).isEqualTo("http://localhost/data/claims.csv");
		List<String> names = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		List<Predicate<String>> types = new ArrayList<>();
		for (JsonNode column : metadata.path("tableSchema").path("columns")) {
			names.add(column.path("name").asString());
			titles.add(column.path("titles").asString());
			String datatype = column.path("datatype").asString("string");
			assertThat(DATATYPES).as("a datatype this check knows").containsKey(datatype);
			types.add(DATATYPES.get(datatype));
		}
		int key = names.indexOf(metadata.path("tableSchema").path("primaryKey").asString());
		assertThat(key).as("the primary key is a column").isNotNegative();

		CsvMapper csv = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
		List<List<String>> rows = new ArrayList<>();
		try (MappingIterator<List<String>> reader = csv.readerForListOf(String.class).readValues(body("/data/claims.csv"))) {
			reader.forEachRemaining(rows::add);
		}
		assertThat(rows.get(0)).as("the header row").containsExactlyElementsOf(titles);
		Set<String> keys = new HashSet<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			assertThat(row).as("cells of row %s", row.get(0)).hasSameSizeAs(names);
			for (int i = 0; i < row.size(); i++) {
				String cell = row.get(i);
				assertThat(cell.isEmpty() || types.get(i).test(cell)).as("%s of row %s: %s", names.get(i), row.get(0), cell)
					.isTrue();
			}
			assertThat(keys.add(row.get(key))).as("unique %s", row.get(key)).isTrue();
		}
		assertThat(rows).hasSize(1 + this.jdbc.queryForObject("SELECT count(*) FROM claim", Integer.class));
	}

	private static boolean parses(String date) {
		LocalDate.parse(date);
		return true;
	}

	private String body(String path) throws Exception {
		var response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
