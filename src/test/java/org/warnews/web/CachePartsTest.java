package org.warnews.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP cache's pure parts: which tags match, who takes gzip, what is worth compressing and keeping. */
class CachePartsTest {

	@Test
	void ifNoneMatchMatchesEitherRepresentationWeaklyAndNamesTheOneHeld() {
		assertThat(EntityTags.matching("\"abc\"", "abc", false)).isEqualTo("\"abc\"");
		assertThat(EntityTags.matching("W/\"abc-gzip\"", "abc", false)).isEqualTo("\"abc-gzip\"");
		assertThat(EntityTags.matching("\"other\", \"abc\"", "abc", false)).isEqualTo("\"abc\"");
		assertThat(EntityTags.matching("\"abcd\"", "abc", false)).isNull();
		assertThat(EntityTags.matching("abc", "abc", false)).as("unquoted").isNull();
		assertThat(EntityTags.matching("*", "abc", false)).as("nothing known to match").isNull();
		assertThat(EntityTags.matching("*", "abc", true)).isEqualTo("\"abc\"");
		assertThat(EntityTags.matching("\"abc\"" + " ".repeat(3000), "abc", true)).as("too long").isNull();
	}

	@Test
	void gzipIsTakenUnlessRuledOut() {
		assertThat(Gzip.accepted("gzip, deflate, br")).isTrue();
		assertThat(Gzip.accepted("br;q=1.0, GZIP;q=0.5")).isTrue();
		assertThat(Gzip.accepted("*")).isTrue();
		assertThat(Gzip.accepted("gzip;q=0")).isFalse();
		assertThat(Gzip.accepted("gzip; q=0.000")).isFalse();
		assertThat(Gzip.accepted("deflate")).isFalse();
		assertThat(Gzip.accepted(null)).isFalse();
	}

	@Test
	void textIsCompressedAndImagesAreNot() {
		assertThat(Gzip.compressible("text/html;charset=UTF-8")).isTrue();
		assertThat(Gzip.compressible("application/problem+json")).isTrue();
		assertThat(Gzip.compressible("application/atom+xml; charset=UTF-8")).isTrue();
		assertThat(Gzip.compressible("image/png")).isFalse();
		assertThat(Gzip.compressible(null)).isFalse();
	}

	@Test
	void onlyResponsesForEveryoneAreKept() {
		assertThat(PageStore.keepable("public, max-age=300", false)).isTrue();
		assertThat(PageStore.keepable("public, max-age=300", true)).as("sets a cookie").isFalse();
		assertThat(PageStore.keepable("Private, max-age=60", false)).isFalse();
		assertThat(PageStore.keepable("no-store", false)).isFalse();
	}

}
