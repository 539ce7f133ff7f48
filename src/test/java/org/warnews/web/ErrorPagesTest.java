package org.warnews.web;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.Http;
import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warnews.Pages.html;

@WarNewsTest
class ErrorPagesTest {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/claims/no-such-claim", "/sources/no-such-source", "/sources/no-such-source/text",
			"/items/no-such-item", "/topics/no-such-topic", "/actors/no-such-actor", "/claims/UPPER-CASE",
			"/claims/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "/claims/-leading-dash", "/no/such/page",
			"/figures/no-such-measure", "/figures/Russian-Killed" })
	void unknownAddressesGetTheSite404Page(String path) throws Exception {
		HttpResponse<String> response = Http.get(this.port, path, "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertThat(page.select("form[role=search]")).hasSize(1);
		assertThat(page.html()).doesNotContainIgnoringCase("exception").doesNotContain("org.warnews");
	}

	@Test
	void aboutPageExplainsTheMethodAndEditorialPolicy() throws Exception {
		Document page = html(this.mvc, "/about");
		assertThat(page.select("h2").eachText()).contains("Method", "Editorial policy");
		assertThat(page.text()).contains("verbatim").contains("Inferred").contains("never merged");
	}

}
