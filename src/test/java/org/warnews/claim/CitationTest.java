package org.warnews.claim;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.jsoup.nodes.Document;
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
import static org.warnews.Pages.html;

/** Every claim can be cited in plain text, BibTeX, RIS and CSL-JSON, on its page and at stable URLs. */
@WarNewsTest
class CitationTest {

	private static final Pattern BIBTEX_ENTRY = Pattern.compile("@misc\\{(warnews-claim-\\d+),\\n((?:  [a-z]+ = .*,\\n)+)\\}\\n");

	private static final Pattern BIBTEX_FIELD = Pattern.compile("  ([a-z]+) = (.*),");

	private static final Pattern RIS_LINE = Pattern.compile("([A-Z][A-Z0-9])  - (.*)");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Flyway flyway;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyClaimsCitationParsesInEveryFormat() throws Exception {
		for (Map<String, Object> row : this.jdbc.queryForList(
				"SELECT c.id, c.slug, c.said_on_precision, a.name FROM claim c JOIN actor a ON a.id = c.actor_id")) {
			String slug = (String) row.get("slug");
			String url = "http://localhost/claims/" + slug;
			String name = (String) row.get("name");

			Map<String, String> bibtex = bibtex(download(slug, "bib", "application/x-bibtex;charset=UTF-8", "attachment"));
			assertThat(bibtex.get("key")).isEqualTo("warnews-claim-" + row.get("id"));
			assertThat(bibtex.get("author")).isEqualTo("{{" + name + "}}");
			assertThat(bibtex.get("url")).isEqualTo("{" + url + "}");
			assertThat(bibtex).containsKeys("title", "year", "date", "version", "urldate", "note");

			Map<String, String> ris = ris(download(slug, "ris", "application/x-research-info-systems;charset=UTF-8", "attachment"));
			assertThat(ris.get("AU")).contains(name.substring(name.lastIndexOf(' ') + 1));
			assertThat(ris.get("UR")).isEqualTo(url);
			assertThat(ris).containsKeys("TI", "PY", "DA", "ET", "Y2", "N1");

			JsonNode csl = this.json.readTree(download(slug, "json", "application/vnd.citationstyles.csl+json;charset=UTF-8", "attachment"));
			assertThat(csl.isArray()).isTrue();
			assertThat(csl.size()).isEqualTo(1);
			JsonNode item = csl.get(0);
			assertThat(item.path("id").asString()).isEqualTo("warnews-claim-" + row.get("id"));
			assertThat(item.path("type").asString()).isEqualTo("webpage");
			assertThat(item.path("title").asString()).isNotBlank();
			assertThat(item.path("URL").asString()).isEqualTo(url);
			JsonNode author = item.path("author").get(0);
			assertThat(author.has("literal") ? author.path("literal").asString()
					: author.path("given").asString() + " " + author.path("family").asString()).isEqualTo(name);
			JsonNode issued = item.path("issued");
			assertThat(issued.has("date-parts")).isTrue();
			issued.path("date-parts").forEach(parts -> parts.forEach(part -> assertThat(part.isInt()).isTrue()));
			assertThat(item.has("accessed")).isTrue();

			String plain = download(slug, "txt", "text/plain;charset=UTF-8", "inline");
			assertThat(plain).startsWith(name + " (").contains(url + " (accessed ");
		}
	}

	@Test
	void datesKeepTheirPrecisionInEveryFormat() throws Exception {
		String onOrBefore = "putin-creating-unmanned-systems-troops";
		// The year, marked uncertain; never a day; the wording kept.
		Map<String, String> uncertain = bibtex(download(onOrBefore, "bib", null, null));
		assertThat(uncertain).containsEntry("year", "{2025}").containsEntry("date", "{2025?}").doesNotContainKey("month");
		assertThat(uncertain.get("note")).contains("on or before 13 June 2025");
		Map<String, String> risRecord = ris(download(onOrBefore, "ris", null, null));
		assertThat(risRecord).containsEntry("PY", "2025").containsEntry("DA", "2025///on or before 13 June 2025");
		JsonNode issued = this.json.readTree(download(onOrBefore, "json", null, null)).get(0).path("issued");
		assertThat(issued.path("date-parts").toString()).isEqualTo("[[2025]]");
		assertThat(issued.path("circa").asBoolean()).isTrue();
		assertThat(issued.path("literal").asString()).isEqualTo("on or before 13 June 2025");
		assertThat(download(onOrBefore, "apa.txt", null, null)).contains("(ca. 2025)");
		assertThat(download(onOrBefore, "mla.txt", null, null)).contains("on or before 13 June 2025");
		// Month and approximate dates: FixtureSourcesTest (the first source has none since its corrections).
		String day = "uk-mod-more-than-one-million-russian-casualties";
		Map<String, String> bibtex = bibtex(download(day, "bib", null, null));
		assertThat(bibtex).containsEntry("year", "{2025}").containsEntry("month", "jun").containsEntry("date", "{2025-06-12}");
		assertThat(ris(download(day, "ris", null, null)).get("DA")).isEqualTo("2025/06/12/");
	}

	@Test
	void bibtexEscapesWhatWouldBreakTheEntry() {
		assertThat(Citation.bibtexEscape("50% of {it} & $1_000 #1 ^ ~ \\ end"))
			.isEqualTo("50\\% of \\{it\\} \\& \\$1\\_000 \\#1 \\^{} \\~{} \\textbackslash{} end");
		assertThat(balanced(Citation.bibtexEscape("}{ unbalanced {"))).isTrue();
	}

	@Test
	void theClaimPageOffersTheCitationsAndTheQuoteReadyToPaste() throws Exception {
		Document page = html(this.mvc, "/claims/uk-mod-devastating-human-cost-putin-inflicting");
		assertThat(page.select(".cite .paste").text()).isEqualTo("“the devastating human cost Putin is inflicting on "
				+ "his own people” — UK Ministry of Defence, on or before 13 June 2025, as reported in “Ukraine-Russia "
				+ "war latest: Kyiv claims Moscow has lost more than one million soldiers” (13 June 2025). "
				+ "http://localhost/claims/uk-mod-devastating-human-cost-putin-inflicting");
		assertThat(page.select(".cite .citation").text()).startsWith("UK Ministry of Defence (on or before 13 June 2025). "
				+ "The casualty figures highlight");
		assertThat(page.select(".cite pre.bibtex").text()).startsWith("@misc{warnews-claim-");
		assertThat(page.select(".cite pre.ris").first().wholeText().replace("\r\n", "\n")).startsWith("TY  - ELEC\n").endsWith("\nER  - \n");
		assertThat(this.json.readTree(page.select(".cite pre.csl-json").text()).get(0).path("type").asString())
			.isEqualTo("webpage");
		assertThat(page.select(".cite a[href$=/cite.bib], .cite a[href$=/cite.ris], .cite a[href$=/cite.json], "
				+ ".cite a[href$=/cite.txt], .cite a[href$=/cite.apa.txt], .cite a[href$=/cite.chicago.txt], "
				+ ".cite a[href$=/cite.mla.txt]")).hasSize(7);
		assertThat(page.select(".cite .style-apa").text()).startsWith("UK Ministry of Defence. (ca. 2025).");
		assertThat(page.select(".cite .style-chicago").text()).contains("on or before 13 June 2025");
		assertThat(page.select(".cite .style-mla").text()).contains("on or before 13 June 2025");
		// Someone else's words in the article are not put in the claimant's mouth.
		Document reported = html(this.mvc, "/claims/uk-mod-more-than-one-million-russian-casualties");
		assertThat(reported.select(".cite .paste").text()).contains("reporting a claim by the UK Ministry of Defence");
	}

	@Test
	void aRenamedClaimsCitationAnswers301() throws Exception {
		JdbcTemplate owner = new JdbcTemplate(this.flyway.getConfiguration().getDataSource());
		owner.update("INSERT INTO slug_redirect (old_slug, claim_id) SELECT 'putin-old-cite-slug', id FROM claim "
				+ "WHERE slug = 'putin-creating-unmanned-systems-troops'");
		try {
			MockHttpServletResponse response = this.mvc.perform(get("/claims/putin-old-cite-slug/cite.ris"))
				.andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(301);
			assertThat(response.getHeader("Location"))
				.isEqualTo("http://localhost/claims/putin-creating-unmanned-systems-troops/cite.ris");
		}
		finally {
			owner.update("DELETE FROM slug_redirect WHERE old_slug = 'putin-old-cite-slug'");
		}
		assertThat(this.mvc.perform(get("/claims/no-such-claim/cite.bib")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(get("/claims/putin-creating-unmanned-systems-troops/cite.pdf")).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void everyFormatNamesTheVersionCitedAndTheDayOfAccess() throws Exception {
		String slug = "uk-mod-more-than-one-million-russian-casualties";
		String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
		assertThat(bibtex(download(slug, "bib", null, null))).containsEntry("urldate", "{" + today + "}")
			.hasEntrySatisfying("version", version -> assertThat(version).matches("\\{\\d+ \\(\\d+ [A-Z][a-z]+ \\d{4}\\)\\}"));
		assertThat(ris(download(slug, "ris", null, null))).containsEntry("Y2", today.replace('-', '/') + "/");
		JsonNode item = this.json.readTree(download(slug, "json", null, null)).get(0);
		assertThat(item.path("accessed").path("date-parts").toString())
			.isEqualTo("[" + java.util.Arrays.stream(today.split("-")).map(Integer::valueOf).toList().toString().replace(" ", "") + "]");
		assertThat(item.path("version").asString()).startsWith("version ");
	}

	private String download(String slug, String format, String contentType, String disposition) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/claims/" + slug + "/cite." + format))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		if (contentType != null) {
			assertThat(response.getContentType()).isEqualTo(contentType);
			assertThat(response.getHeader("Content-Disposition"))
				.isEqualTo(disposition + "; filename=\"" + slug + "." + format + "\"");
		}
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** A structural parse of one BibTeX entry: its key and its fields, each value balanced in braces. */
	private static Map<String, String> bibtex(String entry) {
		Matcher matcher = BIBTEX_ENTRY.matcher(entry);
		assertThat(matcher.matches()).as(entry).isTrue();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("key", matcher.group(1));
		for (String line : matcher.group(2).split("\n")) {
			Matcher field = BIBTEX_FIELD.matcher(line);
			assertThat(field.matches()).as(line).isTrue();
			String value = field.group(2);
			assertThat(value.matches("\\{.*\\}") && balanced(value) || value.matches("[a-z]+")).as(line).isTrue();
			assertThat(fields.put(field.group(1), value)).as("field %s once", field.group(1)).isNull();
		}
		return fields;
	}

	/** Braces balance, never closing more than were opened; escaped braces do not count. */
	private static boolean balanced(String text) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '{') {
				depth++;
			}
			else if (c == '}' && --depth < 0) {
				return false;
			}
		}
		return depth == 0;
	}

	/** A structural parse of one RIS record: tagged lines from TY to ER, CRLF line ends. */
	private static Map<String, String> ris(String record) {
		assertThat(record).endsWith("\r\n");
		List<String> lines = List.of(record.split("\r\n"));
		assertThat(lines.get(0)).isEqualTo("TY  - ELEC");
		assertThat(lines.get(lines.size() - 1)).isEqualTo("ER  - ");
		Map<String, String> tags = new LinkedHashMap<>();
		for (String line : lines.subList(0, lines.size() - 1)) {
			Matcher tagged = RIS_LINE.matcher(line);
			assertThat(tagged.matches()).as(line).isTrue();
			tags.put(tagged.group(1), tagged.group(2));
		}
		return tags;
	}

}
