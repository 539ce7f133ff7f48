package org.warnews.claim;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.warnews.Pages.html;

/** Links that last: the short /c/{id} links, and links into the source text at the quote itself. */
@WarNewsTest
class PermalinkTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyClaimsShortLinkAnswers301ToItsCanonicalPage() throws Exception {
		for (Map<String, Object> row : this.jdbc.queryForList("SELECT id, slug FROM claim")) {
			MockHttpServletResponse response = this.mvc.perform(get("/c/" + row.get("id"))).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(301);
			assertThat(response.getHeader("Location")).isEqualTo("/claims/" + row.get("slug"));
			Document page = html(this.mvc, "/claims/" + row.get("slug"));
			assertThat(page.select(".permalink .short-url").text()).isEqualTo("http://localhost/c/" + row.get("id"));
			assertThat(page.select(".permalink .url").text()).isEqualTo("http://localhost/claims/" + row.get("slug"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/c/0", "/c/999999", "/c/2147483648", "/c/9999999999", "/c/-1", "/c/abc", "/c/" })
	void anUnknownShortLinkIsNotFound(String path) throws Exception {
		assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void everyClaimLinksIntoTheFullTextAtItsQuote() throws Exception {
		for (Map<String, Object> row : this.jdbc.queryForList("SELECT c.slug, c.quote, s.slug AS source FROM claim c "
				+ "JOIN item i ON i.id = c.item_id JOIN source s ON s.id = i.source_id")) {
			Document page = html(this.mvc, "/claims/" + row.get("slug"));
			String href = page.select("a[href*=:~:text=]").attr("href");
			String prefix = "/sources/" + row.get("source") + "/text#p-";
			assertThat(href).as("%s", row.get("slug")).startsWith(prefix);
			String paragraph = href.substring(prefix.length(), href.indexOf(":~:"));
			String directive = href.substring(href.indexOf(":~:text=") + ":~:text=".length());
			// The terms are percent-encoded so the directive's own - , & never appear raw.
			assertThat(directive.replace("-,", "")).doesNotContain("&").doesNotContain(" ");
			String[] parts = directive.split(",");
			String start = decode(parts[0].endsWith("-") ? parts[1] : parts[0]);
			String end = decode(parts[parts.length - 1]);
			String quote = ((String) row.get("quote")).strip();
			assertThat(quote).as("%s", row.get("slug")).startsWith(start).endsWith(end);
			// The anchor is the paragraph that holds the quote on the full-text page.
			Document text = html(this.mvc, "/sources/" + row.get("source") + "/text");
			assertThat(text.getElementById("p-" + paragraph).text()).as("%s", row.get("slug")).contains(quote);
		}
	}

	@Test
	void copyLinkIsAProgressiveEnhancementWithTheUrlShownWithoutScript() throws Exception {
		Document page = html(this.mvc, "/claims/putin-creating-unmanned-systems-troops");
		assertThat(page.select(".permalink code.url[data-copy]").text())
			.isEqualTo("http://localhost/claims/putin-creating-unmanned-systems-troops");
		assertThat(page.select("button")).as("buttons are added by the script, none is dead without it")
			.allMatch(button -> button.parents().is("form"));
		assertThat(page.select("script[src^=/assets/js/copy][defer]")).hasSize(1);
		String src = page.select("script[src^=/assets/js/copy]").attr("src");
		MockHttpServletResponse script = this.mvc.perform(get(src)).andReturn().getResponse();
		assertThat(script.getStatus()).isEqualTo(200);
		assertThat(script.getContentType()).startsWith("text/javascript");
		assertThat(script.getContentAsString()).contains("navigator.clipboard").contains("[data-copy]");
	}

	private static String decode(String term) {
		return URLDecoder.decode(term, StandardCharsets.UTF_8);
	}

}
