package org.warnews.claim;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Links into a source's text at a quote: plain unit tests, no application is started. */
class QuoteLinkTest {

	@Test
	void quoteLinkEncodesTheDirectiveCharacters() {
		String body = "Intro line\nHe said, “one-off & rare, truly” today.";
		int start = body.indexOf("“one");
		String fragment = QuoteLink.fragment(body, start, body.indexOf(" today"));
		assertThat(fragment).isEqualTo("p-2:~:text=He%20said%2C-,%E2%80%9Cone%2Doff%20%26%20rare%2C%20truly%E2%80%9D");
	}

	@Test
	void aLongQuoteIsMatchedByItsFirstAndLastWords() {
		String body = "one two three four five six seven eight nine ten eleven twelve";
		assertThat(QuoteLink.fragment(body, 0, body.length()))
			.isEqualTo("p-1:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve");
	}

	@Test
	void paragraphsAreNumberedFromOneByLine() {
		String body = "first\nsecond\n\nfourth";
		assertThat(SourceText.paragraphNumber(body, 0)).isEqualTo(1);
		assertThat(SourceText.paragraphNumber(body, body.indexOf("second"))).isEqualTo(2);
		assertThat(SourceText.paragraphNumber(body, body.indexOf("fourth"))).isEqualTo(4);
		assertThat(SourceText.paragraphs(body, List.of())).extracting(SourceText.Paragraph::number)
			.containsExactly(1, 2, 4);
	}

}
