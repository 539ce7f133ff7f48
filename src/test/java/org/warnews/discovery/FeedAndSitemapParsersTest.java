package org.warnews.discovery;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.editorial.WithFixtureSources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.warnews.discovery.XmlDocuments.children;
import static org.warnews.discovery.XmlDocuments.text;

/**
 * The feed read by Rome, as feed readers do, and held to RFC 4287's rules; the sitemaps validated against the
 * sitemaps.org schema (a local copy: no network).
 */
@WithFixtureSources
class FeedAndSitemapParsersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFeedIsAtomAsRfc4287RequiresIt() throws Exception {
		WireFeedInput input = new WireFeedInput();
		input.setXmlHealerOn(false);
		Feed feed = (Feed) input.build(new StringReader(body("/feed.atom")));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		// atom:feed: exactly one id, title and updated; an author (or one in every entry); a rel="self" link.
		assertThat(URI.create(feed.getId()).isAbsolute()).isTrue();
		assertThat(feed.getTitleEx().getValue()).isNotBlank();
		assertThat(feed.getUpdated()).isNotNull();
		assertThat(feed.getAuthors()).isNotEmpty().allSatisfy(author -> assertThat(author.getName()).isNotBlank());
		assertThat(feed.getOtherLinks()).extracting(Link::getRel).contains("self");
		assertThat(feed.getAlternateLinks()).isNotEmpty();
		Set<String> ids = new HashSet<>();
		Set<String> links = new HashSet<>();
		for (Entry entry : feed.getEntries()) {
			// atom:entry: one id (unique), title and updated; a rel="alternate" link, since it has no content.
			assertThat(ids.add(entry.getId())).as("unique id %s", entry.getId()).isTrue();
			assertThat(URI.create(entry.getId()).isAbsolute()).isTrue();
			assertThat(entry.getTitleEx().getValue()).as(entry.getId()).isNotBlank();
			assertThat(entry.getUpdated()).as(entry.getId()).isNotNull();
			assertThat(entry.getAlternateLinks()).as(entry.getId()).hasSize(1);
			assertThat(!entry.getContents().isEmpty() || !entry.getAlternateLinks().isEmpty()).isTrue();
			links.add(entry.getAlternateLinks().get(0).getHref());
		}
		Set<String> pages = new HashSet<>(this.jdbc.queryForList("SELECT 'http://localhost/claims/' || slug FROM claim "
				+ "UNION ALL SELECT 'http://localhost/items/' || slug FROM item", String.class));
		assertThat(pages).as("every entry links to a claim or an item").containsAll(links);
	}

	@Test
	void everySitemapIsValidAgainstTheSitemapsOrgSchema() throws Exception {
		Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(getClass().getResource("/parsers/sitemaps-0.9.xsd"))
			.newValidator();
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		String index = body("/sitemap.xml");
		validator.validate(new StreamSource(new StringReader(index)));
		List<String> locs = new ArrayList<>();
		for (Element sitemap : children(XmlDocuments.parse(index).getDocumentElement(), SitemapTest.SITEMAP, "sitemap")) {
			String urlset = body(URI.create(text(sitemap, SitemapTest.SITEMAP, "loc")).getPath());
			validator.validate(new StreamSource(new StringReader(urlset)));
			for (Element url : children(XmlDocuments.parse(urlset).getDocumentElement(), SitemapTest.SITEMAP, "url")) {
				locs.add(text(url, SitemapTest.SITEMAP, "loc"));
			}
		}
		assertThat(locs).containsAll(this.jdbc.queryForList("SELECT 'http://localhost/claims/' || slug FROM claim",
				String.class));
	}

	private String body(String path) throws Exception {
		var response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
