package org.warnews.web;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A read-only site: GET and HEAD on pages, OPTIONS on the API too, 405 with a proper page for the rest. */
@WarNewsTest
class MethodRulesTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO" })
	void pagesAnswerOtherMethodsWith405AndTheSitePage(String method) throws Exception {
		for (String page : new String[] { "/", "/claims/uk-mod-more-than-one-million-russian-casualties",
				"/claims/no-such-claim", "/assets/css/site.css", "/search" }) {
			RawHttp.Response response = RawHttp.send(this.port, method, page, "Accept: text/html",
					"Content-Length: 0");
			assertThat(response.status()).as("%s %s", method, page).isEqualTo(405);
			assertThat(response.header("Allow")).as("%s %s", method, page).hasValue("GET, HEAD");
			assertThat(response.header("Cache-Control")).hasValue("no-store");
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

	@Test
	void getAndHeadAreAnswered() throws Exception {
		assertThat(RawHttp.get(this.port, "/topics").status()).isEqualTo(200);
		assertThat(RawHttp.send(this.port, "HEAD", "/topics").status()).isEqualTo(200);
	}

}
