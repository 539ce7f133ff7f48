package org.warnews.editorial;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.warnews.model.TextOffsets;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteFinderTest {

	private static final String TEXT = "He said it went well.\nShe said it went well, and more.\n";

	private final QuoteFinder finder = new QuoteFinder(TEXT);

	@Test
	void findsEveryPlaceOfTheExactWords() {
		assertThat(this.finder.find(new Annotation.Quote("it went well", null, null), 0, TEXT.length()))
			.containsExactly(8, 31);
	}

	@Test
	void aPrefixOrSuffixChoosesOne() {
		assertThat(this.finder.find(new Annotation.Quote("it went well", "She said ", null), 0, TEXT.length()))
			.containsExactly(31);
		assertThat(this.finder.find(new Annotation.Quote("it went well", null, "."), 0, TEXT.length()))
			.containsExactly(8);
		assertThat(this.finder.find(new Annotation.Quote("it went well", "They said ", null), 0, TEXT.length())).isEmpty();
	}

	@Test
	void looksOnlyInsideTheGivenRange() {
		assertThat(this.finder.find(new Annotation.Quote("it went well", null, null), 22, TEXT.length()))
			.containsExactly(31);
		assertThat(this.finder.find(new Annotation.Quote("it went well", null, null), 0, 19)).isEmpty();
	}

	@Test
	void offersTheClosestPassagesWithTheirLines() {
		List<String> closest = this.finder.closest("it went very well", 0, TEXT.length(), 2);
		assertThat(closest).containsExactly("line 1: “it went well” (5 characters differ)",
				"line 2: “it went well” (5 characters differ)");
		assertThat(this.finder.closest("nothing of the kind at all", 0, TEXT.length(), 3)).isEmpty();
	}

	@Test
	void offsetsCountCodePoints() {
		String text = "🇺🇦 a 😀 b";
		TextOffsets offsets = TextOffsets.of(text);
		assertThat(offsets.offset(text.indexOf('b'))).isEqualTo(7);
		assertThat(offsets.index(7)).isEqualTo(text.indexOf('b'));
		assertThat(offsets.substring(3, 4)).isEqualTo("a");
		assertThat(TextOffsets.of("plain").offset(3)).isEqualTo(3);
	}

}
