package org.warnews.web.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.Http;
import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warnews.Pages.html;

/** Every page travels well: canonical link, previews, the feed, valid structured data, nothing inline. */
@WarNewsTest
class PageMetaTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonLd jsonLd;

	@LocalServerPort
	int port;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyPageHasItsCanonicalUrlAndAMeaningfulPreview() throws Exception {
		for (String path : everyPage()) {
			Document page = html(this.mvc, path);
			String description = page.select("meta[name=description]").attr("content");
			assertThat(page.select("link[rel=canonical]").attr("href")).as(path).isEqualTo("http://localhost" + path);
			assertThat(meta(page, "og:url")).as(path).isEqualTo("http://localhost" + path);
			assertThat(meta(page, "og:title")).as(path).isNotBlank().isEqualTo(page.select("meta[name=twitter:title]").attr("content"));
			assertThat(description).as(path).hasSizeGreaterThan(25);
			assertThat(meta(page, "og:description")).as(path).isEqualTo(description);
			assertThat(page.select("meta[name=twitter:description]").attr("content")).as(path).isEqualTo(description);
			assertThat(page.select("meta[name=twitter:card]").attr("content")).as(path).isEqualTo("summary");
			assertThat(meta(page, "og:site_name")).isEqualTo("War News Reference");
			for (Element script : page.select("script[type=application/ld+json]")) {
				assertThat(this.json.readTree(script.data()).path("@context").asString()).as(path).isEqualTo("https://schema.org");
			}
		}
	}

	@Test
	void pagesCarryNoInlineScriptStyleOrEventHandler() throws Exception {
		for (String path : everyPage()) {
			Document page = html(this.mvc, path);
			assertThat(page.select("style")).as(path).isEmpty();
			for (Element script : page.select("script")) {
				assertThat(script.hasAttr("src") || script.attr("type").equals("application/ld+json"))
					.as("%s: %s", path, script).isTrue();
			}
			for (Element element : page.getAllElements()) {
				for (Attribute attribute : element.attributes()) {
					assertThat(attribute.getKey()).as("%s: %s", path, element.tagName()).isNotEqualTo("style")
						.doesNotStartWith("on");
				}
			}
		}
	}

	@Test
	void errorPagesHaveNoCanonicalUrl() throws Exception {
		var response = Http.get(this.port, "/claims/no-such-claim", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("rel=\"canonical\"").contains("og:description");
	}

	@Test
	void structuredDataCannotCloseItsScriptElement() {
		String hostile = "</script><script>alert(1)</script><!-- & \u2028 ’";
		String script = this.jsonLd.script(Map.of("text", hostile));
		assertThat(script).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
		JsonNode parsed = this.json.readTree(script);
		assertThat(parsed.path("text").asString()).isEqualTo(hostile);
	}

	/** Every page the sitemap lists, plus the home page, as paths. */
	private List<String> everyPage() {
		List<String> paths = new ArrayList<>(List.of("/", "/topics", "/actors", "/figures", "/about"));
		paths.addAll(this.jdbc.queryForList("SELECT '/sources/' || slug FROM source", String.class));
		paths.addAll(this.jdbc.queryForList("SELECT '/sources/' || slug || '/text' FROM source", String.class));
		paths.addAll(this.jdbc.queryForList("SELECT '/items/' || slug FROM item", String.class));
		paths.addAll(this.jdbc.queryForList("SELECT '/topics/' || slug FROM topic", String.class));
		paths.addAll(this.jdbc.queryForList("SELECT '/actors/' || slug FROM actor", String.class));
		paths.addAll(this.jdbc.queryForList("SELECT '/claims/' || slug FROM claim", String.class));
		return paths;
	}

	private static String meta(Document page, String property) {
		return page.select("meta[property=" + property + "]").attr("content");
	}

}
