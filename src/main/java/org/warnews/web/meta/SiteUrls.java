package org.warnews.web.meta;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.InvalidUrlException;

/**
 * Absolute URLs of the site's pages, for links that leave the page: canonical links, feeds, the sitemap,
 * citations, structured data and the API. The base is the configured public address, or else the request's own
 * ({@link SiteOrigin}): a handler gets it as a parameter of this type (a {@link org.warnews.web.RequestArgument}) and
 * passes it on. Slugs are URL-safe by database check, so they are appended as they are.
 */
public record SiteUrls(String base) {

	/**
	 * The site's root URL as this request names it (forwarded headers from a trusted proxy are honoured), without
	 * a trailing slash; 400 for a Host that is no host.
	 */
	static SiteUrls of(HttpServletRequest request) {
		try {
			return new SiteUrls(ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
		}
		catch (InvalidUrlException ex) {
			// A Host header that is no host name: nothing can be linked from it.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid Host header", ex);
		}
	}

	public String of(String path) {
		return this.base + path;
	}

	public String home() {
		return of("/");
	}

	public String claim(String slug) {
		return of("/claims/" + slug);
	}

	/** The short permanent URL of a claim: it answers 301 to the claim's current page. */
	public String shortClaim(int id) {
		return of("/c/" + id);
	}

	public String source(String slug) {
		return of("/sources/" + slug);
	}

	public String sourceText(String slug) {
		return of("/sources/" + slug + "/text");
	}

	public String sourcePlainText(String slug) {
		return of("/sources/" + slug + "/text.txt");
	}

	public String item(String slug) {
		return of("/items/" + slug);
	}

	public String topic(String slug) {
		return of("/topics/" + slug);
	}

	public String actor(String slug) {
		return of("/actors/" + slug);
	}

}
