package org.warnews.discovery;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.warnews.discovery.XmlDocuments.children;
import static org.warnews.discovery.XmlDocuments.text;

@WarNewsTest
class SitemapTest {

	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsEveryPageWithItsLastModification() throws Exception {
		List<String> locs = new ArrayList<>();
		Element index = parse("/sitemap.xml").getDocumentElement();
		assertThat(index.getLocalName()).isEqualTo("sitemapindex");
		List<Element> sitemaps = children(index, SITEMAP, "sitemap");
		assertThat(sitemaps).hasSizeGreaterThanOrEqualTo(2);
		for (Element sitemap : sitemaps) {
			OffsetDateTime.parse(text(sitemap, SITEMAP, "lastmod"));
			Element urlset = parse(path(text(sitemap, SITEMAP, "loc"))).getDocumentElement();
			assertThat(urlset.getLocalName()).isEqualTo("urlset");
			for (Element url : children(urlset, SITEMAP, "url")) {
				String loc = text(url, SITEMAP, "loc");
				locs.add(path(loc));
				if (!loc.endsWith("/about")) {
					OffsetDateTime.parse(text(url, SITEMAP, "lastmod"));
				}
			}
		}
		assertThat(locs).doesNotHaveDuplicates().contains("/", "/topics", "/actors", "/figures", "/figures/russian-killed", "/sources", "/about");
		expect(locs, "SELECT '/claims/' || slug FROM claim");
		expect(locs, "SELECT '/sources/' || slug FROM source");
		expect(locs, "SELECT '/sources/' || slug || '/text' FROM source");
		expect(locs, "SELECT '/items/' || slug FROM item");
		expect(locs, "SELECT DISTINCT '/figures/' || metric FROM figure");
		expect(locs, "SELECT '/topics/' || slug FROM topic");
		expect(locs, "SELECT '/actors/' || slug FROM actor");
		for (String loc : locs) {
			assertThat(this.mvc.perform(get(loc)).andReturn().getResponse().getStatus()).as(loc).isEqualTo(200);
		}
	}

	@Test
	void aClaimsSitemapPastTheLastIsNotFound() throws Exception {
		assertThat(this.mvc.perform(get("/sitemaps/claims-9.xml")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void robotsTxtPointsToTheSitemap() throws Exception {
		MockHttpServletResponse robots = this.mvc.perform(get("/robots.txt")).andReturn().getResponse();
		assertThat(robots.getContentType()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(robots.getContentAsString()).startsWith("User-agent: *\n")
			.contains("\nSitemap: http://localhost/sitemap.xml\n")
			.doesNotContain("Disallow: /\n");
	}

	private void expect(List<String> locs, String sql) {
		assertThat(locs).containsAll(this.jdbc.queryForList(sql, String.class));
	}

	private org.w3c.dom.Document parse(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/xml;charset=UTF-8");
		return XmlDocuments.parse(response.getContentAsString());
	}

	private static String path(String loc) {
		assertThat(loc).startsWith("http://localhost/");
		return loc.substring("http://localhost".length());
	}

}
