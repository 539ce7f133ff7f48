package org.warnews.web;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a configured base URL (as in the tests), links name the host the request names: a page kept for one
 * host is never served to another with the first one's links, and redirects name no host at all.
 */
@WarNewsTest
class ForwardedHostTest {

	@LocalServerPort
	int port;

	@Test
	void redirectsNameNoHost() throws Exception {
		for (String path : new String[] { "/api/v1/docs", "/c/1" }) {
			RawHttp.Response response = RawHttp.get(this.port, path, "X-Forwarded-Host: evil.example");
			assertThat(response.status()).as(path).isIn(301, 302);
			assertThat(response.header("Location")).as(path)
				.hasValueSatisfying(location -> assertThat(location).startsWith("/").doesNotContain("evil"));
		}
	}

	@Test
	void aKeptPageIsNotServedToAnotherHostWithTheFirstOnesLinks() throws Exception {
		for (String host : new String[] { "one.example", "two.example", "one.example" }) {
			RawHttp.Response response = RawHttp.get(this.port, "/topics", "X-Forwarded-Host: " + host);
			assertThat(response.status()).isEqualTo(200);
			assertThat(Jsoup.parse(response.text()).select("link[rel=canonical]").attr("href"))
				.startsWith("http://" + host + ":").endsWith("/topics"); // the port is the connector's
			assertThat(response.text()).doesNotContain(host.equals("one.example") ? "two.example" : "one.example");
		}
	}

}
