package org.warnews.web;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read-only site: GET, HEAD and OPTIONS on every address, 405 for the rest (TRACE too) with the site's page, or
 * under /api/ a problem document.
 */
@WarNewsTest
class MethodRulesTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "FOO" })
	void pagesAnswerOtherMethodsWith405AndTheSitePage(String method) throws Exception {
		for (String page : new String[] { "/", "/claims/uk-mod-more-than-one-million-russian-casualties",
				"/claims/no-such-claim", "/assets/css/site.css", "/search" }) {
			RawHttp.Response response = RawHttp.send(this.port, method, page, "Accept: text/html",
					"Content-Length: 0");
			assertThat(response.status()).as("%s %s", method, page).isEqualTo(405);
			assertThat(response.header("Allow")).as("%s %s", method, page).hasValue("GET, HEAD, OPTIONS");
			assertThat(response.headers("Cache-Control")).containsExactly("no-store");
			assertThat(Jsoup.parse(response.text()).select("h1").text()).isEqualTo("This site can only be read");
		}
	}

	@Test
	void theApiAlsoAnswersOptionsAndRefusesWritesWithJson() throws Exception {
		RawHttp.Response options = RawHttp.send(this.port, "OPTIONS", "/api/v1/claims", "Origin: https://example.org",
				"Access-Control-Request-Method: GET");
		assertThat(options.status()).isNotEqualTo(405).isLessThan(500);
		RawHttp.Response post = RawHttp.send(this.port, "POST", "/api/v1/claims", "Accept: application/json",
				"Content-Length: 0");
		assertThat(post.status()).isEqualTo(405);
		assertThat(post.header("Allow")).hasValue("GET, HEAD, OPTIONS");
		assertThat(post.header("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).matches("application/(problem\\+)?json.*"));
		assertThat(post.text()).contains("\"status\":405").doesNotContain("exception").doesNotContain("trace");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/claims", "/api/v1", "/api/no-such-thing", "/api/v1/openapi.json", "/",
			"/livez", "/assets/css/site.css" })
	void traceIsRefusedEverywhereAndEchoesNothing(String path) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "TRACE", path, "Accept: application/json",
				"X-Secret: do-not-echo");
		assertThat(response.status()).as(path).isEqualTo(405);
		assertThat(response.header("Allow")).as(path).hasValue("GET, HEAD, OPTIONS");
		assertThat(response.headers("Cache-Control")).as(path).containsExactly("no-store");
		assertThat(response.text()).as(path).doesNotContain("do-not-echo").doesNotContain("TRACE ");
		assertThat(response.header("Content-Type")).as(path).hasValueSatisfying(type -> assertThat(type)
			.startsWith(path.startsWith("/api/") ? "application/problem+json" : "text/html"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/topics", "/claims/uk-mod-more-than-one-million-russian-casualties",
			"/api/v1/claims", "/api/v1", "/api/no-such-thing", "/data/claims.csv", "/assets/css/site.css", "/livez",
			"/readyz", "/feed.atom" })
	void optionsListsOnlyTheMethodsThatReadOnEveryAddress(String path) throws Exception {
		RawHttp.Response plain = RawHttp.send(this.port, "OPTIONS", path);
		assertThat(plain.status()).as(path).isBetween(200, 204);
		assertThat(plain.headers("Allow")).as(path).containsExactly("GET, HEAD, OPTIONS");
		RawHttp.Response preflight = RawHttp.send(this.port, "OPTIONS", path, "Origin: https://example.org",
				"Access-Control-Request-Method: GET");
		assertThat(preflight.status()).as(path).isBetween(200, 204);
		assertThat(preflight.headers("Allow")).as(path).containsExactly("GET, HEAD, OPTIONS");
	}

	@Test
	void getAndHeadAreAnswered() throws Exception {
		assertThat(RawHttp.get(this.port, "/topics").status()).isEqualTo(200);
		assertThat(RawHttp.send(this.port, "HEAD", "/topics").status()).isEqualTo(200);
	}

}
