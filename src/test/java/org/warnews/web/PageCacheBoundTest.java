package org.warnews.web;

import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;

import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile URLs cannot make the page cache grow without bound: a thousand distinct URLs of 10 KB pages (a page
 * asked for with junk parameters) stay within the cache's memory bound, and so does a flood of errors (none kept).
 */
class PageCacheBoundTest {

	private static final long BOUND = 200 * 1024;

	private final com.github.benmanes.caffeine.cache.Cache<Object, Object> pages = Caffeine.newBuilder()
		.maximumWeight(BOUND)
		.weigher((Object key, Object value) -> ((CachedResponse) value).weight())
		.executor(Runnable::run)
		.build();

	private final HttpCachingFilter filter = new HttpCachingFilter(new ContentVersion("0123456789abcdef", Instant.EPOCH),
			new CaffeineCache("pages", this.pages), new CachePolicy(new HttpProperties(Duration.ofMinutes(5),
					Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), DataSize.ofBytes(BOUND),
					DataSize.ofMegabytes(2), 4096, 10000, 1000, Duration.ofSeconds(10), "default-src 'self'")),
			DataSize.ofMegabytes(2).toBytes());

	@Test
	void distinctUrlsOfRealPagesStayWithinTheMemoryBound() throws Exception {
		for (int i = 0; i < 1000; i++) {
			MockHttpServletResponse response = get("/claims/some-claim?junk=" + i, 200);
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("ETag")).isNotNull();
		}
		this.pages.cleanUp();
		long weight = this.pages.policy().eviction().orElseThrow().weightedSize().orElseThrow();
		assertThat(weight).isPositive().isLessThanOrEqualTo(BOUND);
		assertThat(this.pages.estimatedSize()).isLessThan(30);
	}

	@Test
	void errorsAreNeverKept() throws Exception {
		for (int i = 0; i < 1000; i++) {
			assertThat(get("/claims/no-such-claim-" + i, 404).getStatus()).isEqualTo(404);
		}
		assertThat(this.pages.estimatedSize()).isZero();
	}

	private MockHttpServletResponse get(String url, int status) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", url.replaceFirst("\\?.*", ""));
		if (url.contains("?")) {
			String query = url.substring(url.indexOf('?') + 1);
			request.setQueryString(query);
			request.addParameter(query.split("=")[0], query.split("=")[1]);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, (req, res) -> {
			// What DeclaredResponseInterceptor records for a claim page's handler before it runs.
			new DeclaredResponse(ResponseKind.PAGE, true, false, false)
				.record((jakarta.servlet.http.HttpServletRequest) req);
			jakarta.servlet.http.HttpServletResponse http = (jakarta.servlet.http.HttpServletResponse) res;
			if (status != 200) {
				http.sendError(status);
				return;
			}
			http.setContentType("text/html;charset=UTF-8");
			http.getWriter().write("<p>" + "x".repeat(10_000) + "</p>");
		});
		return response;
	}

}
