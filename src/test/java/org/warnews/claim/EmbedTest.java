package org.warnews.claim;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.Pages;
import org.warnews.WarNewsTest;
import org.warnews.model.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** oEmbed: every claim page names its endpoint, which answers a rich card that other sites may frame. */
@WarNewsTest
class EmbedTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyClaimPageHasARichCardToEmbed() throws Exception {
		for (Map<String, Object> row : this.jdbc.queryForList("""
				SELECT c.slug, c.summary, c.quote, c.said_on, c.said_on_precision, a.name
				  FROM claim c JOIN actor a ON a.id = c.actor_id""")) {
			String page = "http://localhost/claims/" + row.get("slug");
			String endpoint = Pages.html(this.mvc, "/claims/" + row.get("slug"))
				.select("link[rel=alternate][type=application/json+oembed]").attr("href");
			assertThat(endpoint).isEqualTo("http://localhost/oembed?url=" + page + "&format=json");

			MockHttpServletResponse response = this.mvc.perform(get(endpoint)).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentType()).startsWith("application/json");
			JsonNode card = this.json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
			assertThat(card.path("type").asString()).isEqualTo("rich");
			assertThat(card.path("version").asString()).isEqualTo("1.0");
			assertThat(card.path("title").asString()).isEqualTo(row.get("summary"));
			assertThat(card.path("author_name").asString()).isEqualTo(row.get("name"));
			assertThat(card.path("provider_name").asString()).isEqualTo("War News Reference");
			assertThat(card.path("provider_url").asString()).isEqualTo("http://localhost/");
			assertThat(card.path("width").asInt()).isPositive();
			assertThat(card.path("height").asInt()).isPositive();
			Document iframe = Jsoup.parseBodyFragment(card.path("html").asString());
			assertThat(iframe.select("iframe").attr("src")).isEqualTo(page + "/card");

			MockHttpServletResponse framed = this.mvc.perform(get("/claims/" + row.get("slug") + "/card")).andReturn()
				.getResponse();
			assertThat(framed.getStatus()).isEqualTo(200);
			assertThat(framed.getHeader("Content-Security-Policy")).contains("frame-ancestors *")
				.doesNotContain("frame-ancestors 'none'");
			String text = Jsoup.parse(framed.getContentAsString(StandardCharsets.UTF_8)).text();
			String said = DatePrecision.of((String) row.get("said_on_precision"))
				.label(((java.sql.Date) row.get("said_on")).toLocalDate());
			assertThat(text).contains((String) row.get("name")).contains(said)
				.contains(((String) row.get("quote")).replaceAll("\\s+", " ").strip());
		}
	}

	@Test
	void onlyTheCardMayBeFramed() throws Exception {
		assertThat(this.mvc.perform(get("/claims/putin-creating-unmanned-systems-troops")).andReturn().getResponse()
			.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
	}

	@Test
	void anAddressThatIsNoClaimPageIsRefusedWithAReason() throws Exception {
		assertThat(answer("/oembed?url=http://localhost/claims/no-such-claim")).startsWith("404 No claim page");
		assertThat(answer("/oembed?url=https://example.org/claims/putin-creating-unmanned-systems-troops"))
			.startsWith("404 No claim page");
		assertThat(answer("/oembed?url=http://localhost/topics/drones")).startsWith("404 No claim page");
		assertThat(answer("/oembed?url=%20not%20a%20url")).startsWith("404 No claim page");
		assertThat(answer("/oembed")).startsWith("400 Give the address of a claim page");
		assertThat(answer("/oembed?url=http://localhost/claims/putin-creating-unmanned-systems-troops&format=xml"))
			.startsWith("501 Only format=json");
		assertThat(answer("/oembed?url=http://localhost/claims/putin-creating-unmanned-systems-troops&format=yaml"))
			.startsWith("400 format= takes json");
		assertThat(answer("/claims/no-such-claim/card")).startsWith("404");
	}

	@Test
	void maxwidthAndMaxheightAreHonoured() throws Exception {
		JsonNode card = this.json.readTree(answer("/oembed?url=http://localhost/claims/putin-creating-unmanned-systems-troops"
				+ "&maxwidth=300&maxheight=200").substring(4));
		assertThat(card.path("width").asInt()).isEqualTo(300);
		assertThat(card.path("height").asInt()).isEqualTo(200);
		assertThat(card.path("html").asString()).contains("width=\"300\"").contains("height=\"200\"");
	}

	private String answer(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		return response.getStatus() + " " + response.getContentAsString(StandardCharsets.UTF_8);
	}

}
