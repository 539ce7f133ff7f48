package org.warnews.claim;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.warnews.model.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim's date in each citation format, for every precision, read back by the parsers of CitationParsersTest: the
 * year always, the month and the day only when known, an inexact date marked as such.
 */
class CitedDateTest {

	private static final LocalDate DATE = LocalDate.of(2025, 6, 13);

	@ParameterizedTest
	@EnumSource(DatePrecision.class)
	void everyPrecisionReadsBackWithItsYearAndNoMoreThanItKnows(DatePrecision precision) throws Exception {
		CitedDate said = new CitedDate(DATE, precision);
		int known = switch (precision) {
			case DAY -> 3;
			case MONTH, APPROXIMATE -> 2;
			case YEAR, ON_OR_BEFORE -> 1;
		};

		String bibtex = "@misc{k,\n  year = {" + said.year() + "},\n" + (said.hasMonth() ? "  month = " + said.bibtexMonth()
				+ ",\n" : "") + "  date = {" + said.edtf() + "},\n}\n";
		assertParts(CitationParsersTest.classicBibtexDate(new BibTeXParser().parse(new StringReader(bibtex))
			.getEntries().values().iterator().next()), known);
		assertThat(said.edtf()).matches(CitationParsersTest.EDTF.get(precision));

		String ris = "TY  - ELEC\r\nPY  - " + said.year() + "\r\nDA  - " + said.ris() + "\r\nER  - \r\n";
		RISReference reference = new RISParser().parse(new StringReader(ris)).getReferences().get(0);
		assertThat(reference.getYear()).isEqualTo("2025");
		assertThat(RisDate.parts(reference.getDate())).hasSize(known).startsWith(2025);

		Map<String, Object> csl = said.csl();
		CSLDate issued = CSLDate.fromJson(csl);
		assertParts(issued, known);
		assertThat(issued.getCirca() != null).isEqualTo(!said.exact());
		assertThat(said.exact() || said.ris().endsWith("/" + precision.label(DATE))).isTrue();
		assertThat(said.exact() || precision.label(DATE).equals(issued.getLiteral())).isTrue();
	}

	private static void assertParts(CSLDate issued, int known) {
		int[] parts = issued.getDateParts()[0];
		assertThat(parts[0]).isEqualTo(2025);
		assertThat(parts.length).isLessThanOrEqualTo(known);
		if (parts.length > 1) {
			assertThat(parts[1]).isEqualTo(6);
		}
	}

}
