package org.warnews.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.github.benmanes.caffeine.cache.Cache;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Strong validators derived without rendering, conditional requests, Cache-Control by kind, compression. */
@WarNewsTest
class HttpCachingTest {

	private static final String CLAIM = "/claims/uk-mod-more-than-one-million-russian-casualties";

	/** The hash of the URL and its content, the kind of response, and for a claim's page, which is daily, the day. */
	private static final String STRONG_TAG = "\"[A-Za-z0-9_-]{22}\\.p[0-9]{8}\"";

	@LocalServerPort
	int port;

	@Autowired
	CacheManager caches;

	@Autowired
	ContentVersion version;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void pagesCarryAStrongETagLastModifiedAndCacheControl() throws Exception {
		RawHttp.Response page = RawHttp.get(this.port, CLAIM);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("ETag")).hasValueSatisfying(tag -> assertThat(tag).matches(STRONG_TAG));
		assertThat(RawHttp.get(this.port, "/topics/drones").header("ETag")).as("not daily")
			.hasValueSatisfying(tag -> assertThat(tag).matches("\"[A-Za-z0-9_-]{22}\\.p\""));
		assertThat(RawHttp.get(this.port, "/search?q=drone").header("ETag")).as("search results")
			.hasValueSatisfying(tag -> assertThat(tag).matches("\"[A-Za-z0-9_-]{22}\\.s\""));
		assertThat(page.header("Last-Modified")).hasValue(DateTimeFormatter.RFC_1123_DATE_TIME
			.format(this.version.lastModified().atZone(ZoneOffset.UTC)));
		assertThat(page.header("Cache-Control")).hasValue("public, max-age=300, stale-if-error=86400");
		assertThat(page.header("Vary")).hasValueSatisfying(vary -> assertThat(vary).contains("Accept-Encoding"));
		assertThat(page.header("Content-Length")).hasValue(Integer.toString(page.body().length));
	}

	@Test
	void aKeptPageIsAnsweredWithTheHeadersAndBodyOfItsRendering() throws Exception {
		for (String target : new String[] { CLAIM, "/topics/drones", "/topics/drones?page=1", "/search?q=drones" }) {
			this.caches.getCache(HttpConfiguration.PAGES).clear();
			RawHttp.Response rendered = RawHttp.get(this.port, target, "Accept: text/html");
			RawHttp.get(this.port, target, "Accept: text/html"); // a search is kept when asked again
			RawHttp.Response kept = RawHttp.get(this.port, target, "Accept: text/html");
			assertThat(kept.status()).isEqualTo(200);
			assertThat(kept.body()).as(target).isEqualTo(rendered.body());
			assertThat(withoutDateAndId(kept.headers())).as(target).isEqualTo(withoutDateAndId(rendered.headers()));
			assertThat(kept.header("X-Request-Id")).as("a request id of its own").isPresent()
				.isNotEqualTo(rendered.header("X-Request-Id"));
		}
	}

	private static List<Map.Entry<String, String>> withoutDateAndId(List<Map.Entry<String, String>> headers) {
		return headers.stream()
			.filter(header -> !header.getKey().equalsIgnoreCase("Date") && !header.getKey().equalsIgnoreCase("X-Request-Id"))
			.toList();
	}

	@Test
	void theETagDependsOnTheUrlOnlyNotOnWhetherThePageWasCachedNorOnParameterOrder() throws Exception {
		String first = RawHttp.get(this.port, "/topics/drones?b=2&a=1").header("ETag").orElseThrow();
		this.caches.getCache(HttpConfiguration.PAGES).clear();
		assertThat(RawHttp.get(this.port, "/topics/drones?a=1&b=2").header("ETag")).hasValue(first);
		assertThat(RawHttp.get(this.port, "/topics/drones").header("ETag")).isNotEqualTo(first);
		assertThat(RawHttp.get(this.port, "/topics/drones?a=1&b=2", "Accept: application/json").header("ETag"))
			.as("another Accept may get another representation").isNotEqualTo(first);
	}

	@Test
	void anotherInstanceOfTheSameVersionComputesTheSameContentVersion() {
		ContentVersion again = ContentVersion.load(this.jdbc, "flyway_schema_history", this.context);
		assertThat(again).isEqualTo(this.version);
		assertThat(this.version.id()).matches("[0-9a-f]{16}");
	}

	@Test
	void aMatchingIfNoneMatchGets304WithoutABody() throws Exception {
		String tag = RawHttp.get(this.port, CLAIM).header("ETag").orElseThrow();
		for (String ifNoneMatch : new String[] { tag, "W/" + tag, "\"other\", " + tag,
				tag.replace("\"", "").transform(t -> "\"" + t + "-gzip\"") }) {
			RawHttp.Response response = RawHttp.get(this.port, CLAIM, "If-None-Match: " + ifNoneMatch);
			assertThat(response.status()).as(ifNoneMatch).isEqualTo(304);
			assertThat(response.header("ETag")).isPresent();
			assertThat(response.header("Cache-Control")).hasValue("public, max-age=300, stale-if-error=86400");
			assertThat(response.header("Content-Security-Policy")).isPresent();
		}
		assertThat(RawHttp.get(this.port, CLAIM, "If-None-Match: \"someone-elses\"").status()).isEqualTo(200);
		assertThat(RawHttp.get(this.port, CLAIM, "If-None-Match: garbage, \"").status()).isEqualTo(200);
	}

	@Test
	void anUncachedUrlIsAlso304WhenTheClientHoldsItsTag() throws Exception {
		String tag = RawHttp.get(this.port, "/actors/vladimir-putin").header("ETag").orElseThrow();
		this.caches.getCache(HttpConfiguration.PAGES).clear();
		assertThat(RawHttp.get(this.port, "/actors/vladimir-putin", "If-None-Match: " + tag).status()).isEqualTo(304);
	}

	@Test
	void ifModifiedSinceGets304WhenNothingChangedSince() throws Exception {
		String lastModified = RawHttp.get(this.port, CLAIM).header("Last-Modified").orElseThrow();
		assertThat(RawHttp.get(this.port, CLAIM, "If-Modified-Since: " + lastModified).status()).isEqualTo(304);
		String before = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusDays(1));
		assertThat(RawHttp.get(this.port, CLAIM, "If-Modified-Since: " + before).status()).isEqualTo(200);
		assertThat(RawHttp.get(this.port, CLAIM, "If-Modified-Since: not a date").status()).isEqualTo(200);
		this.caches.getCache(HttpConfiguration.PAGES).clear();
		assertThat(RawHttp.get(this.port, CLAIM, "If-Modified-Since: " + lastModified).status())
			.as("also after rendering").isEqualTo(304);
	}

	@Test
	void gzipIsItsOwnRepresentationWithItsOwnStrongETag() throws Exception {
		this.caches.getCache(HttpConfiguration.PAGES).clear();
		RawHttp.Response plain = RawHttp.get(this.port, CLAIM);
		RawHttp.Response gzipped = RawHttp.get(this.port, CLAIM, "Accept-Encoding: gzip, deflate, br");
		assertThat(gzipped.header("Content-Encoding")).as("kept gzipped, though rendered for a client without gzip")
			.hasValue("gzip");
		assertThat(gzipped.header("ETag")).hasValue(plain.header("ETag").orElseThrow().replaceFirst("\"$", "-gzip\""));
		assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
		assertThat(RawHttp.get(this.port, CLAIM, "Accept-Encoding: gzip;q=0").header("Content-Encoding")).isEmpty();
		long kept = nativePageCache().estimatedSize();
		String newSearch = "/search?q=separate+drone+forces"; // asked by no other test
		RawHttp.Response search = RawHttp.get(this.port, newSearch, "Accept-Encoding: gzip");
		assertThat(search.header("Content-Encoding")).as("a search, for a client that takes gzip").hasValue("gzip");
		assertThat(nativePageCache().estimatedSize()).as("not kept the first time").isEqualTo(kept);
		assertThat(gunzip(search.body())).isEqualTo(RawHttp.get(this.port, newSearch).body());
		assertThat(nativePageCache().estimatedSize()).as("kept when asked again").isGreaterThan(kept);
	}

	@Test
	void headGivesTheHeadersOfGetWithoutTheBody() throws Exception {
		this.caches.getCache(HttpConfiguration.PAGES).clear();
		RawHttp.Response head = RawHttp.send(this.port, "HEAD", "/topics");
		RawHttp.Response get = RawHttp.get(this.port, "/topics");
		assertThat(head.status()).isEqualTo(200);
		assertThat(head.header("ETag")).isEqualTo(get.header("ETag"));
		assertThat(head.header("Content-Length")).hasValue(Integer.toString(get.body().length));
		assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
	}

	@Test
	void staticAssetsAreFingerprintedAndImmutable() throws Exception {
		String html = RawHttp.get(this.port, "/").text();
		java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/assets/css/site-[0-9a-f]{32}\\.css)\"").matcher(html);
		assertThat(css.find()).as("fingerprinted stylesheet link in %s", html.substring(0, 600)).isTrue();
		RawHttp.Response asset = RawHttp.get(this.port, css.group(1), "Accept-Encoding: gzip");
		assertThat(asset.status()).isEqualTo(200);
		assertThat(asset.header("Cache-Control")).hasValue("public, max-age=31536000, immutable");
		assertThat(asset.header("Content-Encoding")).as("text is compressed").hasValue("gzip");
		assertThat(RawHttp.get(this.port, "/assets/css/site.css").header("Cache-Control")).hasValue("public, max-age=300");
		RawHttp.Response stale = RawHttp.get(this.port, "/assets/css/site-0123456789abcdef0123456789abcdef.css");
		assertThat(stale.status()).isEqualTo(404);
		assertThat(stale.header("Cache-Control")).hasValue("no-store");
	}

	@Test
	void errorsAreNeitherValidatedNorKeptSoUnknownSlugsCannotFillTheCache() throws Exception {
		Cache<?, ?> pages = nativePageCache();
		RawHttp.get(this.port, "/");
		long before = pages.estimatedSize();
		for (int i = 0; i < 200; i++) {
			RawHttp.Response missing = RawHttp.get(this.port, "/claims/no-such-claim-" + i);
			assertThat(missing.status()).isEqualTo(404);
			assertThat(missing.header("ETag")).isEmpty();
			assertThat(missing.header("Cache-Control")).hasValue("no-store");
		}
		assertThat(pages.estimatedSize()).isEqualTo(before);
	}

	@Test
	void thePageCacheIsBoundedByMemory() {
		assertThat(nativePageCache().policy().eviction()).hasValueSatisfying(
				eviction -> assertThat(eviction.getMaximum()).isEqualTo(32L * 1024 * 1024));
	}

	@SuppressWarnings("unchecked")
	private Cache<Object, Object> nativePageCache() {
		return (Cache<Object, Object>) this.caches.getCache(HttpConfiguration.PAGES).getNativeCache();
	}

	private static byte[] gunzip(byte[] gzipped) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
	}

}
