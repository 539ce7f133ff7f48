package org.warnews.web;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code warnews.site.base-url} set, every absolute link names that address, whatever the request's
 * {@code Host} and {@code X-Forwarded-Host} say: a cache in front that ignores the host, or a proxy that passes
 * the client's headers through, can never serve links to another site. An application of its own (the shared
 * one runs without a base URL), closed after this class.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "warnews.database.ephemeral=true",
		"warnews.database.port=0", "warnews.site.base-url=https://warnews.example" })
@DirtiesContext
@Tag("app")
class SiteBaseUrlTest {

	private static final String CLAIM = "uk-mod-more-than-one-million-russian-casualties";

	/** Every kind of response that carries an absolute link, and what it must contain. */
	private static final List<String[]> LINKS = List.of(
			new String[] { "/", "<link rel=\"canonical\" href=\"https://warnews.example/\">" },
			new String[] { "/topics", "<meta property=\"og:url\" content=\"https://warnews.example/topics\">" },
			new String[] { "/claims/" + CLAIM, "\"https://warnews.example/claims/" + CLAIM + "\"" },
			new String[] { "/sources/2025-06-13-ukraine-russia-war-latest", "https://warnews.example/sources/" },
			new String[] { "/feed.atom", "href=\"https://warnews.example/feed.atom\"" },
			new String[] { "/sitemap.xml", "<loc>https://warnews.example/sitemaps/" },
			new String[] { "/robots.txt", "Sitemap: https://warnews.example/sitemap.xml" },
			new String[] { "/opensearch.xml", "template=\"https://warnews.example/search?q={searchTerms}\"" },
			new String[] { "/claims/" + CLAIM + "/cite.txt", "https://warnews.example/claims/" + CLAIM },
			new String[] { "/claims/" + CLAIM + "/cite.bib", "https://warnews.example/claims/" + CLAIM },
			new String[] { "/api/v1", "\"claims\":\"https://warnews.example/api/v1/claims\"" },
			new String[] { "/api/v1/claims?size=1", "https://warnews.example/claims/" },
			new String[] { "/api/v1/openapi.json", "\"servers\":[{\"url\":\"https://warnews.example\"" },
			new String[] { "/api/v1/openapi.json/swagger-config", "https://warnews.example/swagger-ui/oauth2-redirect.html" },
			new String[] { "/data/claims.csv-metadata.json", "https://warnews.example/data/claims.csv" });

	@LocalServerPort
	int port;

	@Test
	void everyAbsoluteLinkNamesTheConfiguredAddress() throws Exception {
		for (String[] link : LINKS) {
			RawHttp.Response response = RawHttp.get(this.port, link[0], "X-Forwarded-Host: evil.example",
					"X-Forwarded-Proto: http");
			assertThat(response.status()).as(link[0]).isEqualTo(200);
			assertThat(response.text()).as(link[0]).contains(link[1]).doesNotContain("evil.example")
				.doesNotContain("127.0.0.1");
		}
	}

	@Test
	void theHostHeaderChangesNothing() throws Exception {
		byte[] request = ("GET /topics HTTP/1.1\r\nHost: other.example\r\nConnection: close\r\n\r\n").getBytes();
		RawHttp.Response response = RawHttp.exchange(this.port, request, false);
		assertThat(response.text()).contains("href=\"https://warnews.example/topics\"").doesNotContain("other.example");
	}

}
