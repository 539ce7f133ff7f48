package org.warnews.search;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.meta.SiteUrls;

/** Lets a browser add the site as a search engine (the layout links to it with rel="search"). */
@Responds(ResponseKind.FEED)
@Controller
class OpenSearchController {

	static final MediaType OPENSEARCH = MediaType.parseMediaType("application/opensearchdescription+xml;charset=UTF-8");

	@GetMapping("/opensearch.xml")
	ResponseEntity<String> openSearch(SiteUrls urls) {
		// Without a configured base URL the host comes from the request, so it is escaped like any other input.
		String base = HtmlUtils.htmlEscape(urls.base());
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
				  <ShortName>War News Ref</ShortName>
				  <Description>Search claims made in war news, attributed, dated and quoted verbatim.</Description>
				  <InputEncoding>UTF-8</InputEncoding>
				  <Url type="text/html" method="get" template="%1$s/search?q={searchTerms}"/>
				  <Url type="application/json" method="get" template="%1$s/api/v1/search?q={searchTerms}"/>
				  <Url type="application/opensearchdescription+xml" rel="self" template="%1$s/opensearch.xml"/>
				</OpenSearchDescription>
				""".formatted(base);
		return ResponseEntity.ok().contentType(OPENSEARCH).body(xml);
	}

}
