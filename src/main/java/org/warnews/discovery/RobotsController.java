package org.warnews.discovery;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.meta.SiteUrls;

/**
 * robots.txt: everything may be crawled except search results (endless query variations of pages the sitemap
 * already lists), and the sitemap's absolute URL, as the protocol requires.
 */
@Responds(ResponseKind.PAGE)
@RestController
class RobotsController {

	@GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
	String robots(SiteUrls urls) {
		return """
				User-agent: *
				Disallow: /search

				Sitemap: %s
				""".formatted(urls.of("/sitemap.xml"));
	}

}
