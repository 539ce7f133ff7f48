package org.warnews.discovery;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.warnews.Pages.html;
import static org.warnews.discovery.XmlDocuments.children;
import static org.warnews.discovery.XmlDocuments.text;

@WarNewsTest
class FeedTest {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void isWellFormedAtomWithTheRequiredElements() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/feed.atom")).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		Element feed = XmlDocuments.parse(response.getContentAsString()).getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(text(feed, ATOM, "id")).startsWith("urn:uuid:");
		assertThat(text(feed, ATOM, "title")).isNotBlank();
		OffsetDateTime updated = OffsetDateTime.parse(text(feed, ATOM, "updated"));
		assertThat(children(feed, ATOM, "author")).hasSize(1);
		assertThat(links(feed, "self")).containsExactly("http://localhost/feed.atom");
		assertThat(links(feed, "alternate")).containsExactly("http://localhost/");
		List<Element> entries = children(feed, ATOM, "entry");
		assertThat(entries).isNotEmpty();
		Set<String> ids = new HashSet<>();
		for (Element entry : entries) {
			assertThat(ids.add(text(entry, ATOM, "id"))).isTrue();
			assertThat(text(entry, ATOM, "id")).matches("urn:uuid:[0-9a-f-]{36}");
			assertThat(text(entry, ATOM, "title")).isNotBlank();
			assertThat(OffsetDateTime.parse(text(entry, ATOM, "updated"))).isBeforeOrEqualTo(updated);
			assertThat(links(entry, "alternate")).hasSize(1);
			assertThat(text(entry, ATOM, "summary")).isNotBlank();
		}
	}

	@Test
	void carriesEveryClaimAndItemAttributedWithIdsThatDoNotDependOnTheHostOrSlug() throws Exception {
		Document feed = feed("localhost");
		List<String> hrefs = new ArrayList<>();
		for (Element entry : children(feed.getDocumentElement(), ATOM, "entry")) {
			hrefs.addAll(links(entry, "alternate"));
			if (links(entry, "alternate").get(0).contains("/claims/")) {
				assertThat(text(entry, ATOM, "title")).startsWith("According to");
			}
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM claim", Integer.class)
				+ this.jdbc.queryForObject("SELECT count(*) FROM item", Integer.class))
			.as("the feed's limit holds everything in the test database")
			.isLessThanOrEqualTo(FeedController.ENTRIES);
		for (String slug : this.jdbc.queryForList("SELECT slug FROM claim", String.class)) {
			assertThat(hrefs).contains("http://localhost/claims/" + slug);
		}
		for (String slug : this.jdbc.queryForList("SELECT slug FROM item", String.class)) {
			assertThat(hrefs).contains("http://localhost/items/" + slug);
		}
		assertThat(ids(feed("reference.example.org"))).isEqualTo(ids(feed));
		String claimOne = FeedController.uuid("claim:" + this.jdbc.queryForObject(
				"SELECT id FROM claim WHERE slug = 'russia-around-6000-soldiers-killed'", Integer.class));
		assertThat(ids(feed)).contains(claimOne);
	}

	@Test
	void everyPageAnnouncesTheFeed() throws Exception {
		assertThat(html(this.mvc, "/").select("link[rel=alternate][type=application/atom+xml]").attr("href"))
			.isEqualTo("/feed.atom");
	}

	private Document feed(String host) throws Exception {
		return XmlDocuments.parse(this.mvc.perform(get("/feed.atom").header("Host", host))
			.andReturn().getResponse().getContentAsString());
	}

	private static List<String> ids(Document feed) {
		return children(feed.getDocumentElement(), ATOM, "entry").stream().map(entry -> text(entry, ATOM, "id")).toList();
	}

	private static List<String> links(Element parent, String rel) {
		return children(parent, ATOM, "link").stream()
			.filter(link -> rel.equals(link.getAttribute("rel")))
			.map(link -> link.getAttribute("href"))
			.toList();
	}

}
