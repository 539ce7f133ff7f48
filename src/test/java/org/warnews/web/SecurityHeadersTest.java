package org.warnews.web;

import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The security headers on every kind of response, and pages that need no inline script or style. */
@WarNewsTest
class SecurityHeadersTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@Test
	void everyPageOfEveryRouteAndEveryErrorCarriesTheSecurityHeaders() throws Exception {
		List<String> targets = new ArrayList<>(pages());
		targets.addAll(List.of("/claims/no-such-claim", "/no/such/page", "/?page=nope", "/assets/css/site.css",
				"/livez", "/readyz", "/actuator/health", "/%", "/claims/a%2Fb", "/search?q=drone",
				"/api/v1/claims"));
		for (String target : targets) {
			for (String accept : List.of("text/html", "application/json")) {
				RawHttp.Response response = RawHttp.get(this.port, target, "Accept: " + accept);
				assertSecurityHeaders(target, response);
				assertThat(response.header("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
			}
		}
		assertSecurityHeaders("POST /", RawHttp.send(this.port, "POST", "/", "Content-Length: 0"));
	}

	/**
	 * Framing follows what the route declares, also when the response comes from the page cache (answered before
	 * any handler, in the valve or, with a query, in the filter).
	 */
	@Test
	void aKeptCardMayStillBeFramedAndAKeptPageMayNot() throws Exception {
		String card = pages().stream().filter(page -> page.endsWith("/card")).findFirst().orElseThrow();
		String claim = card.substring(0, card.length() - "/card".length());
		this.caches.getCache(HttpConfiguration.PAGES).clear();
		for (String target : List.of(card, card, card + "?x=1", card + "?x=1", claim, claim)) {
			RawHttp.Response response = RawHttp.get(this.port, target, "Accept: text/html");
			assertThat(response.status()).as(target).isEqualTo(200);
			assertSecurityHeaders(target.replace("?x=1", ""), response);
		}
		Cache<?, ?> kept = (Cache<?, ?>) this.caches.getCache(HttpConfiguration.PAGES).getNativeCache();
		assertThat(kept.estimatedSize()).as("the card, with and without a query, and the claim page, kept").isEqualTo(3);
	}

	@Test
	void hstsWhenTheProxyInFrontSaysTheRequestCameOverHttps() throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, "/topics", "X-Forwarded-Proto: https");
		assertThat(response.header("Strict-Transport-Security")).hasValue("max-age=31536000");
		assertThat(RawHttp.get(this.port, "/claims/no-such-claim", "X-Forwarded-Proto: https")
			.header("Strict-Transport-Security")).isPresent();
	}

	@Test
	void pagesUseNoInlineScriptOrStyleSoTheCspNeedsNoUnsafeInline() throws Exception {
		for (String page : pages()) {
			Document html = Jsoup.parse(RawHttp.get(this.port, page, "Accept: text/html").text());
			assertThat(html.select("style")).as("<style> in %s", page).isEmpty();
			assertThat(html.select("[style]")).as("style attributes in %s", page).isEmpty();
			for (Element script : html.select("script")) {
				boolean data = script.attr("type").endsWith("json");
				assertThat(script.hasAttr("src") || data).as("inline script in %s", page).isTrue();
			}
			for (Element element : html.getAllElements()) {
				element.attributes().forEach(attribute -> assertThat(attribute.getKey()).as("event handler in %s", page)
					.doesNotStartWith("on"));
				assertThat(element.attr("href")).as("javascript: URL in %s", page).doesNotStartWith("javascript:");
			}
		}
	}

	private List<String> pages() {
		SiteRoutes routes = new SiteRoutes(this.context, this.jdbc);
		List<String> pages = new ArrayList<>();
		for (String pattern : routes.patterns()) {
			pages.addAll(routes.examples(pattern, 2));
		}
		assertThat(pages).hasSizeGreaterThan(10);
		return pages;
	}

	private static void assertSecurityHeaders(String target, RawHttp.Response response) {
		// A claim's card is made to be framed by other sites (oEmbed); nothing else may be.
		String frameAncestors = target.endsWith("/card") ? "frame-ancestors *"
				: "frame-ancestors 'none'";
		assertThat(response.header("Content-Security-Policy")).as("CSP of %s (%s)", target, response.status())
			.hasValueSatisfying(csp -> assertThat(csp).contains(frameAncestors)
				.contains("script-src 'self'")
				.contains("style-src 'self'")
				.doesNotContain("unsafe-inline")
				.doesNotContain("unsafe-eval"));
		assertThat(response.header("X-Content-Type-Options")).as(target).hasValue("nosniff");
		assertThat(response.header("Referrer-Policy")).as(target).hasValue("strict-origin-when-cross-origin");
		assertThat(response.header("Permissions-Policy")).as(target)
			.hasValueSatisfying(policy -> assertThat(policy).contains("camera=()").contains("geolocation=()"));
		assertThat(response.header("Server")).as("no server banner on %s", target).isEmpty();
		assertThat(response.header("X-Powered-By")).as(target).isEmpty();
		assertThat(response.text()).as(target).doesNotContain("Tomcat").doesNotContain("Exception");
	}

}
