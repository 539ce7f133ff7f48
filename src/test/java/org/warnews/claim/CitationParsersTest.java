package org.warnews.claim;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.editorial.WithFixtureSources;
import org.warnews.model.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every claim's citations, of the first source and of the fixtures (every date precision), read by the parsers
 * reference managers use: BibTeX by jbibtex and turned into a CSL item by citeproc-java's converter, RIS by
 * citeproc-java's RIS parser, CSL-JSON by citeproc-java, and each rendered in APA, Chicago and MLA by its CSL processor. Each must
 * import with the year it was said, a month only when known, a day only when known, the access date and the
 * version cited.
 */
@WithFixtureSources
class CitationParsersTest {

	private record Said(String slug, LocalDate date, DatePrecision precision) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyClaimImportsWithItsYearInEveryFormat() throws Exception {
		List<Said> claims = this.jdbc.query("SELECT slug, said_on, said_on_precision FROM claim ORDER BY id",
				(row, n) -> new Said(row.getString(1), row.getObject(2, LocalDate.class),
						DatePrecision.of(row.getString(3))));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM claim c JOIN item i ON i.id = c.item_id JOIN source s "
				+ "ON s.id = i.source_id WHERE s.slug = '2025-06-13-ukraine-russia-war-latest'", Integer.class))
			.isEqualTo(26);
		// Every precision but YEAR, which no source uses yet (CitedDateTest reads all five with the same parsers).
		assertThat(claims.stream().map(Said::precision).distinct()).as("the precisions imported")
			.contains(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.APPROXIMATE, DatePrecision.ON_OR_BEFORE);
		for (Said said : claims) {
			LocalDate before = LocalDate.now(ZoneOffset.UTC);

			BibTeXDatabase bibtex = new BibTeXParser().parse(new StringReader(file(said, "bib")));
			assertThat(bibtex.getEntries()).as(said.slug()).hasSize(1);
			BibTeXEntry entry = bibtex.getEntries().values().iterator().next();
			assertThat(entry.getField(BibTeXEntry.KEY_YEAR).toUserString()).as(said.slug())
				.isEqualTo(String.valueOf(said.date().getYear()));
			assertThat(entry.getField(BibTeXEntry.KEY_MONTH) != null).as(said.slug()).isEqualTo(hasMonth(said));
			assertThat(entry.getField(new Key("version")).toUserString()).as(said.slug()).isNotBlank();
			assertThat(entry.getField(BibTeXEntry.KEY_NOTE).toUserString()).contains(said.precision().label(said.date()));
			assertThat(entry.getField(DATE).toUserString()).as(said.slug())
				.matches(EDTF.get(said.precision()));
			assertDate(said, "BibTeX", classicBibtexDate(entry));
			// biblatex's urldate is an ISO 8601 day (the converter keeps it raw).
			assertThat(LocalDate.parse(entry.getField(new Key("urldate")).toUserString())).as(said.slug())
				.isBetween(before, LocalDate.now(ZoneOffset.UTC));

			RISLibrary ris = new RISParser().parse(new StringReader(file(said, "ris")));
			assertThat(ris.getReferences()).as(said.slug()).hasSize(1);
			assertThat(ris.getReferences().get(0).getEdition()).as(said.slug()).isNotBlank();
			// citeproc-java's RIS converter keeps DA as it is ("raw"): its parts are read as the RIS spec lays them out.
			RISReference reference = ris.getReferences().get(0);
			assertThat(reference.getYear()).as(said.slug()).isEqualTo(String.valueOf(said.date().getYear()));
			assertDate(said, "RIS", new CSLDate(new int[][] { RisDate.parts(reference.getDate()).stream()
				.mapToInt(Integer::intValue).toArray() }, null, null, null, null));
			assertThat(RisDate.parts(reference.getAccessDate())).as(said.slug()).hasSize(3);

			List<Map<String, Object>> csl = this.json.readValue(file(said, "json"), new TypeReference<>() {
			});
			assertThat(csl).as(said.slug()).hasSize(1);
			CSLItemData fromCsl = CSLItemData.fromJson(csl.get(0));
			assertDate(said, "CSL-JSON", fromCsl.getIssued());
			assertThat(fromCsl.getIssued().getCirca() != null).as(said.slug()).isEqualTo(!exact(said));
			assertAccessed(said, "CSL-JSON", fromCsl.getAccessed(), before);
			assertThat(fromCsl.getVersion()).as(said.slug()).startsWith("version ");

			for (CitationStyle style : CitationStyle.values()) {
				String rendered = file(said, style.code() + ".txt");
				assertThat(rendered).as("%s in %s", said.slug(), style)
					.contains(String.valueOf(said.date().getYear()))
					.contains("http://localhost/claims/" + said.slug());
				assertThat(exact(said) || rendered.contains("ca. ") || rendered.contains(said.precision().label(said.date())))
					.as("%s in %s keeps its hedge: %s", said.slug(), style, rendered).isTrue();
			}
		}
	}

	private static final Key DATE = new Key("date");

	/** biblatex's date, in the ISO 8601-2 (EDTF) form of each precision. */
	static final Map<DatePrecision, String> EDTF = Map.of(DatePrecision.DAY, "[0-9]{4}-[0-9]{2}-[0-9]{2}",
			DatePrecision.MONTH, "[0-9]{4}-[0-9]{2}", DatePrecision.YEAR, "[0-9]{4}", DatePrecision.APPROXIMATE,
			"[0-9]{4}-[0-9]{2}~", DatePrecision.ON_OR_BEFORE, "[0-9]{4}\\?");

	/**
	 * The date a classic BibTeX reader takes (year and month), through citeproc-java's converter: given biblatex's
	 * date as well, the converter keeps that one as it is ("raw"), unread.
	 */
	static CSLDate classicBibtexDate(BibTeXEntry entry) {
		BibTeXEntry classic = new BibTeXEntry(entry.getType(), entry.getKey());
		entry.getFields().forEach((key, value) -> {
			if (!key.equals(DATE)) {
				classic.addField(key, value);
			}
		});
		return new BibTeXConverter().toItemData(classic).getIssued();
	}

	/** The year always; the month and day only as far as the precision knows them. */
	private static void assertDate(Said said, String format, CSLDate issued) {
		assertThat(issued).as("%s date of %s", format, said.slug()).isNotNull();
		int[] parts = issued.getDateParts()[0];
		assertThat(parts[0]).as("%s year of %s", format, said.slug()).isEqualTo(said.date().getYear());
		int known = switch (said.precision()) {
			case DAY -> 3;
			case MONTH, APPROXIMATE -> 2;
			case YEAR, ON_OR_BEFORE -> 1;
		};
		assertThat(parts.length).as("%s date parts of %s", format, said.slug()).isLessThanOrEqualTo(known);
		if (parts.length > 1) {
			assertThat(parts[1]).isEqualTo(said.date().getMonthValue());
		}
	}

	private static void assertAccessed(Said said, String format, CSLDate accessed, LocalDate before) {
		assertThat(accessed).as("%s access date of %s", format, said.slug()).isNotNull();
		LocalDate day = LocalDate.of(accessed.getDateParts()[0][0], accessed.getDateParts()[0][1],
				accessed.getDateParts()[0][2]);
		assertThat(day).isBetween(before, LocalDate.now(ZoneOffset.UTC));
	}

	private static boolean hasMonth(Said said) {
		return said.precision() == DatePrecision.DAY || said.precision() == DatePrecision.MONTH
				|| said.precision() == DatePrecision.APPROXIMATE;
	}

	private static boolean exact(Said said) {
		return said.precision() != DatePrecision.APPROXIMATE && said.precision() != DatePrecision.ON_OR_BEFORE;
	}

	private String file(Said said, String extension) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/claims/" + said.slug() + "/cite." + extension))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(said.slug() + "/cite." + extension).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
