package org.warnews.api;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.warnews.claim.ClaimRelationRepository;
import org.warnews.claim.ClaimRepository;
import org.warnews.model.Claim;
import org.warnews.model.ClaimRelation.Related;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.meta.SiteUrls;

/**
 * Every claim as open data, with each field's provenance and an attribution note: {@code /data/claims.csv}
 * (described for CSV tools by {@code /data/claims.csv-metadata.json}, W3C CSVW) and {@code /data/claims.json}
 * (the field descriptions, then the claims). Both are written while the claims are read, a batch at a time, so
 * a large reference is never held in memory at once.
 */
@Hidden
@Responds(ResponseKind.PAGE)
@RestController
class OpenDataController {

	static final String TITLE = "Claims in War News Reference";

	private static final int BATCH = 500;

	/**
	 * RFC 4180: a header line, fields quoted only when they hold a comma, quote or line break (quotes doubled),
	 * lines ending in CRLF. The response's writer stays open for the container to finish.
	 */
	private static final CsvMapper CSV = CsvMapper.builder()
		.enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
		.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
		.build();

	private static final CsvSchema CSV_SCHEMA = CsvSchema.builder()
		.addColumns(OpenDataColumn.ALL.stream().map(OpenDataColumn::name).toList(), CsvSchema.ColumnType.STRING)
		.build()
		.withHeader()
		.withLineSeparator("\r\n");

	private final ClaimRepository claims;

	private final ClaimRelationRepository relations;

	private final JsonMapper json;

	OpenDataController(ClaimRepository claims, ClaimRelationRepository relations, JsonMapper json) {
		this.claims = claims;
		this.relations = relations;
		this.json = json;
	}

	@GetMapping("/data/claims.csv")
	void csv(HttpServletResponse response, SiteUrls urls) throws IOException {
		response.setContentType("text/csv;charset=UTF-8;header=present");
		response.setHeader(HttpHeaders.LINK,
				"<" + urls.of("/data/claims.csv-metadata.json") + ">; rel=\"describedby\"; type=\"application/csvm+json\"");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"claims.csv\"");
		Writer out = response.getWriter();
		try (SequenceWriter rows = CSV.writer(CSV_SCHEMA).writeValues(out)) {
			forEachClaim(urls, row -> rows
				.write(OpenDataColumn.ALL.stream().map(column -> column.csvText(row)).toArray(String[]::new)));
		}
		out.flush();
	}

	@GetMapping("/data/claims.json")
	void json(HttpServletResponse response, SiteUrls urls) throws IOException {
		response.setContentType("application/json;charset=UTF-8");
		try (JsonGenerator generator = this.json.createGenerator(response.getWriter())) {
			generator.writeStartObject();
			generator.writeStringProperty("title", TITLE);
			generator.writeStringProperty("description", "Every claim recorded, attributed to its claimant, with its "
					+ "verbatim quote and where the quote is in its source (offsets into the source text).");
			generator.writeStringProperty("attribution", ApiIndexController.ATTRIBUTION);
			generator.writeStringProperty("url", urls.of("/data/claims.json"));
			generator.writeStringProperty("csv", urls.of("/data/claims.csv"));
			generator.writeStringProperty("api", urls.of(ApiJson.BASE));
			generator.writePOJOProperty("fields", OpenDataColumn.ALL.stream().map(OpenDataController::field).toList());
			generator.writeName("claims");
			generator.writeStartArray();
			forEachClaim(urls, row -> {
				Map<String, Object> values = new LinkedHashMap<>();
				OpenDataColumn.ALL.forEach(column -> values.put(column.name(), column.value().apply(row)));
				generator.writePOJO(values);
			});
			generator.writeEndArray();
			generator.writeEndObject();
		}
	}

	/** CSVW metadata: what each column of claims.csv holds and where it comes from, for CSV tools. */
	@GetMapping(path = "/data/claims.csv-metadata.json", produces = "application/csvm+json")
	Map<String, Object> csvMetadata(SiteUrls urls) {
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("@context", "http://www.w3.org/ns/csvw");
		metadata.put("url", urls.of("/data/claims.csv"));
		metadata.put("dc:title", TITLE);
		metadata.put("dc:rights", ApiIndexController.ATTRIBUTION);
		metadata.put("dc:source", urls.home());
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("columns", OpenDataColumn.ALL.stream().map(column -> {
			Map<String, Object> described = new LinkedHashMap<>();
			described.put("name", column.name());
			described.put("titles", column.name());
			described.put("datatype", column.datatype());
			described.put("dc:description", column.description() + ". Provenance: " + column.provenance() + ".");
			return described;
		}).toList());
		schema.put("primaryKey", "id");
		metadata.put("tableSchema", schema);
		return metadata;
	}

	private static Map<String, String> field(OpenDataColumn column) {
		Map<String, String> field = new LinkedHashMap<>();
		field.put("name", column.name());
		field.put("description", column.description());
		field.put("provenance", column.provenance());
		return field;
	}

	private interface RowWriter {

		void write(OpenDataColumn.Row row) throws IOException;

	}

	private void forEachClaim(SiteUrls urls, RowWriter writer) throws IOException {
		List<Integer> ids = this.claims.findAllIds();
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Claim> batch = this.claims.findInOrder(ids.subList(from, Math.min(ids.size(), from + BATCH)));
			Map<Integer, List<Related>> relations = this.relations.of(batch);
			for (Claim claim : batch) {
				writer.write(new OpenDataColumn.Row(claim, relations.getOrDefault(claim.getId(), List.of()), urls));
			}
		}
	}

}
