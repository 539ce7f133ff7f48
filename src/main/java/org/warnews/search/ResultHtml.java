package org.warnews.search;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletContext;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unbescape.html.HtmlEscape;

import org.warnews.search.SearchResult.Card;
import org.warnews.search.SearchResult.Facet;
import org.warnews.search.SearchResult.FacetValue;
import org.warnews.search.SearchResult.Hit;
import org.warnews.search.SearchResult.TopicLink;

/**
 * The claim cards and the facets of a search page as HTML, written here instead of by the template: the same
 * markup, but the template's loops over twenty cards and some forty facet values (several expressions, messages and
 * links each) were most of the JVM's CPU per uncached search (JFR, issue 20): with this, no transaction and the cards
 * read with the page, the JVM's CPU per search for "drone" at the first source went from 8-10 ms to about 5.4 ms.
 * Text is escaped as the template escapes it, and links start with the context path as the template's do. The search
 * page calls it as a bean ({@code ${@resultHtml.cards(…)}}), so its controller knows nothing of HTML.
 */
@Component
public class ResultHtml {

	/** Between two cards or two facets, as the template's loops write them. */
	private static final String BETWEEN = "\n      ";

	/** Between two values of a facet. */
	private static final String BETWEEN_VALUES = "\n          ";

	private final MessageSource messages;

	/** The context path, which links start with as the template's do. */
	private final String contextPath;

	ResultHtml(MessageSource messages, ServletContext servletContext) {
		this.messages = messages;
		this.contextPath = servletContext.getContextPath();
	}

	/** The cards' {@code <li>} elements. */
	public String cards(List<Hit> hits, Locale locale) {
		StringBuilder html = new StringBuilder(hits.size() * 1024);
		for (Hit hit : hits) {
			if (!html.isEmpty()) {
				html.append(BETWEEN);
			}
			card(html, hit, locale);
		}
		return html.toString();
	}

	private void card(StringBuilder html, Hit hit, Locale locale) {
		Card c = hit.claim();
		html.append("<li class=\"claim-card\">\n        <p class=\"attribution\">\n          <span class=\"kind\">")
			.append(text(this.messages.getMessage("claim.kind." + c.kind(), null, locale)))
			.append("</span>\n          <span>")
			.append(text(this.messages.getMessage("attribution." + c.actor().kind().getCode(),
					new Object[] { c.actor().name() }, locale)))
			.append("</span>\n          <span class=\"date\">")
			.append(text("· " + c.saidOnLabel()))
			.append("</span>\n        </p>\n        <p class=\"summary\"><a href=\"")
			.append(text(this.contextPath + "/claims/" + c.slug()))
			.append("\">")
			.append(hit.summary().html())
			.append("</a></p>\n        <p class=\"quote-line\">“")
			.append(hit.quote().html())
			.append("”</p>\n        ");
		if (!c.topics().isEmpty()) {
			html.append("<p class=\"meta\">");
			List<TopicLink> topics = c.topics();
			for (int i = 0; i < topics.size(); i++) {
				html.append("<a href=\"")
					.append(text(this.contextPath + "/topics/" + topics.get(i).slug()))
					.append("\">")
					.append(text(topics.get(i).name()))
					.append("</a>");
				if (i < topics.size() - 1) {
					html.append(", ");
				}
			}
			html.append("</p>");
		}
		html.append("\n      </li>");
	}

	/** The facets' {@code <section>} elements, each value a link that narrows the search or removes the filter. */
	public String facets(List<Facet> facets, Locale locale) {
		StringBuilder html = new StringBuilder(facets.size() * 2048);
		for (Facet facet : facets) {
			if (!html.isEmpty()) {
				html.append(BETWEEN);
			}
			html.append("<section class=\"facet\" aria-labelledby=\"facet-")
				.append(text(facet.name()))
				.append("\">\n        <h2 id=\"facet-")
				.append(text(facet.name()))
				.append("\">")
				.append(text(this.messages.getMessage("search.facet." + facet.name(), null, locale)))
				.append("</h2>\n        <ul class=\"chips\">");
			for (FacetValue value : facet.values()) {
				html.append(BETWEEN_VALUES).append("<li>\n            <a href=\"").append(text(this.contextPath + value.href()));
				html.append(value.selected() ? "\" aria-current=\"true\" class=\"selected\">" : "\">");
				html.append("\n              <span>")
					.append(text(facet.name().equals("kind") ? this.messages.getMessage("claim.kind." + value.key(), null, locale)
							: value.label()))
					.append("</span>\n              <span class=\"count\">")
					.append(value.count())
					.append("</span>\n              ");
				if (value.selected()) {
					html.append("<span class=\"visually-hidden\">")
						.append(text(this.messages.getMessage("search.remove-filter", null, locale)))
						.append("</span>");
				}
				html.append("\n            </a>\n          </li>");
			}
			html.append("\n        </ul>\n      </section>");
		}
		return html.toString();
	}

	private static String text(String text) {
		return HtmlEscape.escapeHtml4Xml(text);
	}

}
