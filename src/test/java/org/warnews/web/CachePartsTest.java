package org.warnews.web;

import org.junit.jupiter.api.Test;

import org.springframework.cache.concurrent.ConcurrentMapCache;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP cache's pure parts: which tags match, who takes gzip, what is worth compressing and keeping. */
class CachePartsTest {

	@Test
	void ifNoneMatchMatchesEitherRepresentationWeaklyAndNamesTheOneHeld() {
		EntityTag page = new EntityTag("abc", ResponseKind.PAGE, null, false);
		assertThat(page.quoted()).isEqualTo("\"abc.p\"");
		assertThat(EntityTags.matching("\"abc.p\"", "abc", null)).isEqualTo(page);
		assertThat(EntityTags.matching("W/\"abc.p-gzip\"", "abc", null)).isEqualTo(page.withGzip(true));
		assertThat(EntityTags.matching("W/\"abc.p-gzip\"", "abc", null).quoted()).isEqualTo("\"abc.p-gzip\"");
		assertThat(EntityTags.matching("\"other.p\", \"abc.p\"", "abc", null)).isEqualTo(page);
		assertThat(EntityTags.matching("\"abcd.p\"", "abc", null)).isNull();
		assertThat(EntityTags.matching("\"abc\"", "abc", null)).as("no kind").isNull();
		assertThat(EntityTags.matching("\"abc.u\"", "abc", null)).as("a kind that is never validated").isNull();
		assertThat(EntityTags.matching("abc.p", "abc", null)).as("unquoted").isNull();
		assertThat(EntityTags.matching("*", "abc", null)).as("nothing known to match").isNull();
		assertThat(EntityTags.matching("*", "abc", page)).isEqualTo(page);
		assertThat(EntityTags.matching("\"abc.p\"" + " ".repeat(3000), "abc", page)).as("too long").isNull();
	}

	@Test
	void aTagSaysItsKindForTheCacheControlOfA304AndADailyOneLastsItsDay() {
		String today = EntityTags.today();
		assertThat(today).matches("20[0-9]{6}");
		EntityTag search = EntityTags.matching("\"abc.s\"", "abc", null);
		assertThat(search.kind()).isEqualTo(ResponseKind.SEARCH);
		EntityTag daily = EntityTags.tag("abc", new DeclaredResponse(ResponseKind.PAGE, true, false, false));
		assertThat(daily.quoted()).isEqualTo("\"abc.p" + today + "\"");
		assertThat(EntityTags.matching(daily.quoted(), "abc", null)).isEqualTo(daily);
		assertThat(EntityTags.matching("\"abc.p20000101\"", "abc", null)).as("yesterday's, or older").isNull();
		assertThat(EntityTags.matching("\"abc.p2000-01-01\"", "abc", null)).as("not a day").isNull();
	}

	@Test
	void aSearchIsKeptTheSecondTimeItIsAskedForAPageAtOnceAnUncachedResponseNever() {
		PageStore store = new PageStore(new ConcurrentMapCache(HttpConfiguration.PAGES));
		assertThat(store.admits("page", ResponseKind.PAGE)).isTrue();
		assertThat(store.admits("search", ResponseKind.SEARCH)).as("asked once").isFalse();
		assertThat(store.admits("other search", ResponseKind.SEARCH)).as("another, asked once").isFalse();
		assertThat(store.admits("search", ResponseKind.SEARCH)).as("asked again").isTrue();
		assertThat(store.admits("probe", ResponseKind.UNCACHED)).isFalse();
		assertThat(store.admits("asset", ResponseKind.ASSET)).isFalse();
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
