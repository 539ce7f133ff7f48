package org.warnews.claim;

import java.util.LinkedHashMap;
import java.util.Map;

import org.warnews.model.Source;
import org.warnews.web.meta.SiteUrls;

/**
 * A source as a schema.org {@code NewsArticle}. Only what the stored article says: its headline, standfirst and
 * date. Its publisher and author are not named in the stored text, so they are left out.
 */
public final class SourceStructuredData {

	private SourceStructuredData() {
	}

	/** The JSON-LD document of a source page. */
	public static Map<String, Object> page(Source source, SiteUrls urls) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", "https://schema.org");
		document.putAll(newsArticle(source, urls));
		return document;
	}

	/** The article as a node, for a page of its own or inside a claim's {@code appearance}. */
	public static Map<String, Object> newsArticle(Source source, SiteUrls urls) {
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("@type", "NewsArticle");
		article.put("@id", urls.source(source.getSlug()));
		article.put("url", urls.source(source.getSlug()));
		article.put("headline", source.getHeadline());
		article.put("description", source.getStandfirst());
		article.put("datePublished", source.getPublishedOn().toString());
		article.put("inLanguage", "en");
		// Provenance, where the annotation knows it: nothing is guessed.
		if (source.isOutletNamed()) {
			article.put("publisher", Map.of("@type", "Organization", "name", source.getOutlet()));
		}
		if (source.getOriginalUrl() != null) {
			article.put("sameAs", source.getOriginalUrl());
		}
		if (source.getArchivedUrl() != null) {
			article.put("archivedAt", source.getArchivedUrl());
		}
		return article;
	}

}
