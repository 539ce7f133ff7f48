package org.warnews.web;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** Every route falls into a kind of response by its address alone, and each kind has its Cache-Control. */
class ResponseKindTest {

	private final CachePolicy policy = new CachePolicy(new HttpProperties(Duration.ofMinutes(5), Duration.ofMinutes(1),
			Duration.ofMinutes(5), Duration.ofMinutes(15), DataSize.ofMegabytes(32), DataSize.ofMegabytes(2), 4096,
			10000, 1000, Duration.ofSeconds(10), "default-src 'self'"));

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/                                            | PAGE     | public, max-age=300, stale-if-error=86400
			/claims/some-claim                           | PAGE     | public, max-age=300, stale-if-error=86400
			/sources/some-source/text.txt                | PAGE     | public, max-age=300, stale-if-error=86400
			/c/42                                        | PAGE     | public, max-age=300, stale-if-error=86400
			/search                                      | SEARCH   | public, max-age=60
			/api/v1/search                               | SEARCH   | public, max-age=60
			/api/v1/claims/some-claim                    | API      | public, max-age=300, stale-if-error=86400
			/feed.atom                                   | FEED     | public, max-age=900, stale-if-error=86400
			/sitemap.xml                                 | FEED     | public, max-age=900, stale-if-error=86400
			/assets/css/site.css                          | ASSET    | public, max-age=300
			/readyz                                      | PROBE    | no-store
			/livez                                       | PROBE    | no-store
			""")
	void kindAndCacheControlFollowFromTheAddress(String path, ResponseKind kind, String cacheControl) {
		assertThat(ResponseKind.of(path)).isEqualTo(kind);
		assertThat(kind == ResponseKind.ASSET ? this.policy.ofAsset(path) : this.policy.of(kind)).isEqualTo(cacheControl);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/assets/css/site-00b3bfc9267f49bfa49c06e037d57e45.css",
			"/assets/js/site-0123456789abcdef0123456789abcdef.js" })
	void fingerprintedAssetsAreImmutable(String path) {
		assertThat(this.policy.ofAsset(path)).isEqualTo("public, max-age=31536000, immutable");
	}

}
