package org.warnews.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Bounds checked before any work, on every route: query length, page numbers and sizes, request size. */
@WarNewsTest
class InputLimitsTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "page=abc", "page=-1", "page=99999999999", "page=1e3", "page=10001", "size=5000",
			"limit=x", "q=%00" })
	void outOfBoundParametersGet400WithAClearPageOnAnyRoute(String query) throws Exception {
		// The search page reads these parameters leniently (SearchBadInputTest); the API answers a problem (below).
		for (String path : new String[] { "/", "/topics/drones", "/actors", "/sources/2025-06-13-ukraine-russia-war-latest" }) {
			RawHttp.Response response = RawHttp.get(this.port, path + "?" + query, "Accept: text/html");
			assertThat(response.status()).as("%s?%s", path, query).isEqualTo(400);
			Document page = Jsoup.parse(response.text());
			assertThat(page.select("h1").text()).isEqualTo("This request could not be answered");
			assertThat(page.select("main p").text()).containsAnyOf("page number", "page size", "control character");
		}
		// One error format per surface: a page's error is the page, whatever the client accepts.
		RawHttp.Response json = RawHttp.get(this.port, "/?" + query, "Accept: application/json");
		assertThat(json.status()).isEqualTo(400);
		assertThat(json.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(json.header("Cache-Control")).hasValue("no-store");
		assertThat(Jsoup.parse(json.text()).select("h1").text()).isEqualTo("This request could not be answered");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/claims?page=1000000", "/api/v1/search?q=drone&page=1000000",
			"/api/v1/search?q=drone&page=2147483648", "/api/v1/search?q=drone&size=-1", "/api/v1/search?q=drone&page=0",
			"/api/v1/search?q=drone&page=x", "/api/v1/topics?size=abc", "/api/v1/claims?q=%00" })
	void theApiAnswersOutOfBoundParametersWithA400Problem(String target) throws Exception {
		for (String accept : new String[] { "application/json", "*/*" }) {
			RawHttp.Response response = RawHttp.get(this.port, target, "Accept: " + accept);
			assertThat(response.status()).as(target).isEqualTo(400);
			assertThat(response.header("Content-Type")).as(target)
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.headers("Cache-Control")).as(target).containsExactly("no-store");
			assertThat(response.text()).as(target).contains("\"status\":400").contains("\"detail\":\"");
		}
	}

	@Test
	void tooManyParametersUnderTheApiGetA400Problem() throws Exception {
		StringBuilder query = new StringBuilder("page=1");
		for (int i = 0; i < 100; i++) {
			query.append("&p").append(i).append('=').append(i);
		}
		RawHttp.Response response = RawHttp.get(this.port, "/api/v1/claims?" + query, "Accept: application/json");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers("Cache-Control")).containsExactly("no-store");
		assertThat(response.text()).contains("\"instance\":\"/api/v1/claims\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "page=1", "page=42", "page=", "size=20", "q=drone" })
	void boundedParametersPass(String query) throws Exception {
		// A page that ignores them: a topic's page 42 passes the filter but is not found (PagingTest).
		assertThat(RawHttp.get(this.port, "/about?" + query).status()).isEqualTo(200);
	}

	@Test
	void aTooLongQueryGets400WithAClearPage() throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, "/?q=" + "a".repeat(5000), "Accept: text/html");
		assertThat(response.status()).isEqualTo(400);
		assertThat(Jsoup.parse(response.text()).select("main").text()).contains("The address is too long");
		assertThat(RawHttp.get(this.port, "/?q=" + "a".repeat(4000)).status()).isEqualTo(200);
	}

	@Test
	void tooManyParametersGet400() throws Exception {
		StringBuilder query = new StringBuilder("q=x");
		for (int i = 0; i < 100; i++) {
			query.append("&p").append(i).append('=').append(i);
		}
		RawHttp.Response response = RawHttp.get(this.port, "/topics/drones?" + query, "Accept: text/html");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.text()).doesNotContain("Exception").doesNotContain("Tomcat");
	}

	@Test
	void requestsLargerThanTheServerTakesGetAPlain400WithoutTheServersName() throws Exception {
		for (RawHttp.Response response : new RawHttp.Response[] {
				RawHttp.get(this.port, "/?q=" + "a".repeat(9000)),
				RawHttp.get(this.port, "/", "X-Padding: " + "b".repeat(9000)),
				RawHttp.get(this.port, "/claims/%zz"), RawHttp.get(this.port, "/claims/a%2Fb") }) {
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.header("Content-Security-Policy")).isPresent();
			assertThat(response.text()).contains("This request could not be answered")
				.doesNotContain("Tomcat")
				.doesNotContain("Exception");
		}
	}

	@Test
	void underTheApiTheServersOwnRefusalsAreProblemsToo() throws Exception {
		for (RawHttp.Response response : new RawHttp.Response[] {
				RawHttp.get(this.port, "/api/v1/claims", "X-Padding: " + "b".repeat(9000)),
				RawHttp.get(this.port, "/api/v1/claims/%zz"), RawHttp.get(this.port, "/api/v1/claims/a%2Fb") }) {
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.header("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.header("Cache-Control")).hasValue("no-store");
			assertThat(response.text()).contains("\"status\":400").doesNotContain("Tomcat");
		}
	}

}
