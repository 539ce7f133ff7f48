package org.warnews.web;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One error format per surface, whatever the client accepts: problem documents under /api/, the site's page
 * elsewhere; never kept by a cache.
 */
@WarNewsTest
class ErrorFormatsTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/claims", "/api/v1/claims/uk-mod-more-than-one-million-russian-casualties",
			"/api/v1/topics", "/api/v1/search?q=drone", "/api/v1/openapi.json" })
	void theApiAnswersAClientThatTakesNoJsonWith406(String target) throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, target, "Accept: text/html");
		assertThat(response.status()).as(target).isEqualTo(406);
		assertThat(response.header("Content-Type")).as(target)
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers("Cache-Control")).as(target).containsExactly("no-store");
		assertThat(response.text()).as(target).contains("\"status\":406");
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/json", "*/*", "application/problem+json", "text/plain" })
	void aPageErrorIsThePageWhateverTheClientAccepts(String accept) throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, "/claims/no-such-claim", "Accept: " + accept);
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.headers("Cache-Control")).containsExactly("no-store");
		assertThat(Jsoup.parse(response.text()).title()).contains("War News Reference");
	}

}
