package org.warnews.search;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How typed text is cleaned, numbers read and matches marked: plain unit tests, no application is started. */
class SearchTextTest {

	@Test
	void numbersAreReadInDigitsWordsAndShortForms() {
		for (String typed : List.of("1,000,000", "1000000", "one million", "1 million", "1m", "a million", "1 Million",
				"1000 thousand")) {
			Numbers numbers = Numbers.in(typed);
			assertThat(numbers.text()).as(typed).isEqualTo("wnnum0");
			assertThat(numbers.forms().get(0).split("\\|")).as(typed)
				.contains("1000000", "1,000,000", "one million", "1 million", "1m");
		}
		assertThat(Numbers.in("250k").forms()).containsExactly("250000|250,000|250 thousand|250k");
		assertThat(Numbers.in("two hundred and fifty thousand killed").forms()).containsExactly("250000|250,000|250 thousand|250k");
		assertThat(Numbers.in("1.5bn").forms().get(0)).contains("1500000000", "1.5 billion", "1.5bn", "1500 million");
		assertThat(Numbers.in("6 soldiers").forms()).containsExactly("6|six");
	}

	@Test
	void numbersInsideWordsDatesAndCodesAreLeftAlone() {
		assertThat(Numbers.in("G7 summit").forms()).isEmpty();
		assertThat(Numbers.in("2025-06-13").forms()).isEmpty();
		assertThat(Numbers.in("three-year-old conflict").forms()).isEmpty();
		assertThat(Numbers.in("24 February").forms()).isEmpty();
		assertThat(Numbers.in("\"more than 80,000 targets\" -250000").text()).isEqualTo("\"more than wnnum0 targets\" - wnnum1");
	}

	@Test
	void spellingsOfNumbers() {
		assertThat(Numbers.spellings(new BigDecimal("80000"))).containsExactly("80000", "80,000", "80 thousand", "80k");
		assertThat(Numbers.spellings(new BigDecimal("2022"))).containsExactly("2022", "2,022");
	}

	@Test
	void cleaningRemovesWhatCannotBeSearchedAndSaysSo() {
		assertThat(CleanQuery.of("  drones \t and\nKyiv ")).isEqualTo(new CleanQuery("drones and Kyiv", false, false));
		assertThat(CleanQuery.of("dro\u0000nes\u200B\u202E")).isEqualTo(new CleanQuery("drones", false, true));
		assertThat(CleanQuery.of("drones\uFFFD")).isEqualTo(new CleanQuery("drones", false, true));
		assertThat(CleanQuery.of("\uD800drones\uDC00")).isEqualTo(new CleanQuery("drones", false, true));
		assertThat(CleanQuery.of("Zelenske\u0301")).extracting(CleanQuery::text).isEqualTo("Zelenské");
		assertThat(CleanQuery.of("💥 drones")).extracting(CleanQuery::text).isEqualTo("💥 drones");
		CleanQuery cut = CleanQuery.of("word ".repeat(100));
		assertThat(cut.cut()).isTrue();
		assertThat(cut.text()).hasSizeLessThanOrEqualTo(CleanQuery.MAX_LENGTH).endsWith("word");
		assertThat(CleanQuery.of(null).isEmpty()).isTrue();
	}

	@Test
	void parametersAreDecodedLeniently() {
		assertThat(LenientParameters.decode("drones%FF")).isEqualTo("drones\uFFFD");
		assertThat(LenientParameters.decode("50%25+and+50%")).isEqualTo("50% and 50%");
		assertThat(LenientParameters.decode("%zz%E2%80%99")).isEqualTo("%zz’");
		assertThat(LenientParameters.parse("q=a&q=b&topic&=x").get("q")).containsExactly("a", "b");
		assertThat(LenientParameters.parse("q=a&q=b&topic&=x").get("topic")).containsExactly("");
	}

	@Test
	void highlightsAreSplitIntoEscapableSegments() {
		Highlighted highlighted = Highlighted.parse("a \uE000<b>\uE001 c");
		assertThat(highlighted.segments()).containsExactly(new Highlighted.Segment("a ", false),
				new Highlighted.Segment("<b>", true), new Highlighted.Segment(" c", false));
		assertThat(highlighted.text()).isEqualTo("a <b> c");
		assertThat(highlighted.html()).isEqualTo("a <mark>&lt;b&gt;</mark> c");
		assertThat(Highlighted.parse("\"x\" & ’y’").html()).isEqualTo("&quot;x&quot; &amp; ’y’");
	}

	@Test
	void aSearchLinkKeepsEveryTypedCharacterInsideItsValue() {
		SearchRequest request = new SearchRequest("drones & G+7 #1 “quoted” a/b?c=d", "air-defence", null, null, 2);
		assertThat(request.href()).isEqualTo(
				"/search?q=drones%20%26%20G%2B7%20%231%20%E2%80%9Cquoted%E2%80%9D%20a%2Fb%3Fc%3Dd&topic=air-defence&page=2");
		assertThat(request.withPage(1).withTopic(null).href("/api/v1/search"))
			.isEqualTo("/api/v1/search?q=drones%20%26%20G%2B7%20%231%20%E2%80%9Cquoted%E2%80%9D%20a%2Fb%3Fc%3Dd");
		assertThat(new SearchRequest(null, null, null, null, 1).href()).isEqualTo("/search");
	}

}
