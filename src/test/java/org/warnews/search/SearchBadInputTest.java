package org.warnews.search;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warnews.Pages.html;

/** Whatever is typed or pasted into a search address, the answer is a page that says what happened, never a 5xx. */
@WarNewsTest
class SearchBadInputTest {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	/** A real request, sent as written: java.net.URI would refuse the broken escapes these tests are about. */
	@SuppressWarnings("deprecation")
	private Response get(String path, String accept) throws Exception {
		HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + this.port + path).openConnection();
		connection.setRequestProperty("Accept", accept);
		int status = connection.getResponseCode();
		try (InputStream body = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
			return new Response(status, (body != null) ? new String(body.readAllBytes(), StandardCharsets.UTF_8) : "");
		}
	}

	private record Response(int statusCode, String body) {
	}

	@ParameterizedTest
	@ValueSource(strings = { "q=%FF%FE", "q=%C3%28", "q=%ED%A0%80drones", "q=%00drones", "q=%zz", "q=drones%",
			"q=%E2%80%AEdrones%E2%80%AC", "q=a%01b%7F", "q=%EE%80%80drones%EE%80%81", "q=-", "q=%22%22", "q=OR",
			"q=the", "q=-putin", "q=!%26%7C%3A*()", "q=%27%27%27", "q=%5C", "page=-1&q=drones", "page=1e9&q=drones",
			"topic=..%2F..%2Fetc&q=drones", "actor=%FF", "kind=%3Cb%3E", "q=drones&q=kyiv", "q=%F0%9F%92%A5" })
	void oddInputIsAnsweredWithAPageNotAnError(String query) throws Exception {
		Response page = get("/search?" + query, "text/html");
		assertThat(page.statusCode()).as("/search?%s", query).isEqualTo(200);
		Document html = Jsoup.parse(page.body());
		assertThat(html.select("h1").text()).isNotEmpty();
		assertThat(page.body()).doesNotContainIgnoringCase("exception").doesNotContain("\u0000");
		Response api = get("/api/v1/search?" + query, "application/json");
		assertThat(api.statusCode()).as("/api/v1/search?%s", query).isIn(200, 400);
		assertThat(api.body()).doesNotContainIgnoringCase("exception").startsWith("{");
	}

	@Test
	void brokenEncodingIsReadAsFarAsItCanBeAndSaysSo() throws Exception {
		Document page = Jsoup.parse(get("/search?q=drones%FF", "text/html").body());
		assertThat(page.select(".notice").text()).contains("could not be read");
		assertThat(page.select("h1").text()).isEqualTo("Claims matching “drones”");
		assertThat(page.select("ol.search-results > li")).hasSize(12);
		Document percent = Jsoup.parse(get("/search?q=drones%25+50%", "text/html").body());
		assertThat(percent.select("h1").text()).isEqualTo("Claims matching “drones% 50%”");
	}

	@Test
	void markupIsShownAsTextNeverRun() throws Exception {
		String markup = "<script>alert(1)</script><mark>drones</mark>\"><img src=x onerror=alert(2)>";
		Document page = Jsoup.parse(get("/search?q=" + URLEncoder.encode(markup, StandardCharsets.UTF_8)
				+ "&topic=" + URLEncoder.encode("<b>x</b>", StandardCharsets.UTF_8), "text/html").body());
		assertThat(page.select("script")).isEmpty();
		assertThat(page.select("img")).isEmpty();
		assertThat(page.select("b")).isEmpty();
		assertThat(page.select("h1").text()).contains("<script>alert(1)</script>");
		assertThat(page.select(".notice").text()).contains("There is no topic “<b>x</b>”");
		// Only the search's own highlights are marks, and only around words of the claims.
		assertThat(page.select("mark").eachText()).allMatch(text -> text.matches("(?i)drones?|alert|img|src|script"));
	}

	@Test
	void aVeryLongSearchIsCutWithANotice() throws Exception {
		String longQuery = "drones ".repeat(1500);
		Document page = html(this.mvc, "/search?q=" + longQuery);
		assertThat(page.select(".notice").text()).contains("longer than 200 characters");
		assertThat(page.select("#search-q").val()).hasSizeLessThanOrEqualTo(200);
		assertThat(page.select("#q").val()).isEqualTo(page.select("#search-q").val());
		assertThat(page.select("ol.search-results > li")).hasSize(12);
	}

	@Test
	void controlCharactersAreRemovedWithANotice() throws Exception {
		Document page = Jsoup.parse(get("/search?q=dro%00nes%07", "text/html").body());
		assertThat(page.select(".notice").text()).contains("could not be read");
		assertThat(page.select("h1").text()).isEqualTo("Claims matching “drones”");
	}

	@Test
	void searchesWithNothingToLookForSayWhatToDo() throws Exception {
		assertThat(html(this.mvc, "/search?q=the+of+and").select(".problem").text()).contains("only very common words");
		assertThat(html(this.mvc, "/search?q=-putin").select(".problem").text()).contains("only leaves words out");
		assertThat(html(this.mvc, "/search?q=\u200B\u200B").select(".problem").text())
			.contains("Nothing searchable was left");
		// With a filter, exclusions alone are fine: they narrow the filter's claims.
		Document narrowed = html(this.mvc, "/search?topic=drones&q=-putin");
		assertThat(narrowed.select("ol.search-results .summary a").eachAttr("href")).containsExactlyInAnyOrder(
				"/claims/publication-drones-leading-role-for-both-sides", "/claims/zelensky-stressed-domestic-drone-industry");
	}

	@Test
	void unknownFiltersAreLeftOutWithANotice() throws Exception {
		Document page = html(this.mvc, "/search?q=drones&topic=no-such-topic&actor=nobody&kind=rumour");
		assertThat(page.select(".notice").eachText()).containsExactly("There is no topic “no-such-topic”, so that filter was left out.",
				"There is no claimant “nobody”, so that filter was left out.",
				"There is no kind of claim “rumour”, so that filter was left out.");
		assertThat(page.select("ol.search-results > li")).hasSize(12);
	}

}
