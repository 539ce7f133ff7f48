package org.warnews.search;

import java.time.LocalDate;
import java.util.List;

import org.warnews.model.ActorKind;
import org.warnews.model.DatePrecision;
import org.warnews.model.Topic;
import org.warnews.web.paging.Pager;

/**
 * Everything a search page or the JSON search shows.
 *
 * @param request the search as asked (its links keep the text and filters)
 * @param searched the text that was searched: the cleaned query, or the corrected one after a fallback
 * @param problem why nothing could be searched (a message code), or null
 * @param notices what was changed or left out of the request, as message codes
 * @param correction a corrected query that finds claims: applied already when {@code correctedFrom} is set,
 * otherwise offered as "did you mean"
 * @param correctedFrom the text as typed, when the results are those of {@code correction} instead
 * @param ranked whether the claims are in order of relevance (there was text to search), not only of date
 * @param total how many claims match; with {@code atLeast}, more than this many match
 * @param atLeast whether more claims match than a search counts: the facets and pages are then those of the
 * newest {@link ClaimSearch#COUNTED}
 * @param page the page shown, from 1
 * @param pages how many pages can be shown
 * @param hits the claims of this page
 * @param items items whose heading matches (first page only)
 * @param facets counts per topic, claimant and kind, as links
 * @param suggestedTopics topics to start from when nothing was searched or nothing matched
 */
record SearchResult(SearchRequest request, String searched, Notice problem, List<Notice> notices,
		SearchRequest correction, String correctedFrom, boolean ranked, long total, boolean atLeast, int page, int pages, List<Hit> hits,
		List<ItemHit> items, List<Facet> facets, List<Topic> suggestedTopics) {

	/** A message code with at most one argument, resolved from messages.properties. */
	record Notice(String code, String argument) {

		Notice(String code) {
			this(code, null);
		}

	}

	/** A matching claim, with the matching words marked in its summary and quote. */
	record Hit(Card claim, Highlighted summary, Highlighted quote) {
	}

	/** What a result shows of a claim: who claims it, when, and its topics (by name). */
	record Card(int id, String slug, String kind, String summary, String quote, LocalDate saidOn,
			DatePrecision saidOnPrecision, Claimant actor, List<TopicLink> topics) {

		public String saidOnLabel() {
			return this.saidOnPrecision.label(this.saidOn);
		}

	}

	record Claimant(String slug, String name, ActorKind kind) {
	}

	record TopicLink(String slug, String name) {
	}

	record ItemHit(String slug, Highlighted heading, String sourceSlug, String sourceHeadline) {
	}

	/** One facet (topic, actor or kind) and its values, most claims first. */
	record Facet(String name, List<FacetValue> values) {
	}

	/**
	 * @param href this search narrowed to this value, or (when selected) with this filter removed
	 */
	record FacetValue(String key, String label, long count, boolean selected, String href) {
	}

	/** How many claims were ranked and counted per topic, claimant and kind. */
	public long counted() {
		return Math.min(this.total, ClaimSearch.COUNTED);
	}

	public boolean hasResults() {
		return this.total > 0;
	}

	/** Where this page of results sits, with links to its neighbours on the search page. */
	public Pager pager() {
		return pager("/search");
	}

	/** The same, with links to the search at {@code path} (the JSON search has its own). */
	Pager pager(String path) {
		return new Pager(this.page, this.pages, this.total, number -> this.request.withPage(number).href(path));
	}

}
