package org.warnews.search;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.warnews.claim.Claim;
import org.warnews.search.Highlighted.Segment;
import org.warnews.search.SearchResult.Notice;

/**
 * The same search as the page, as JSON. A search that cannot be run (nothing to look for) answers 400 with a
 * problem document that says why; everything else answers 200.
 */
@RestController
class SearchApiController {

	private final ClaimSearch search;

	private final MessageSource messages;

	SearchApiController(ClaimSearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	/** A claim found, always with who claims it. */
	record ClaimResult(String slug, String url, String kind, String attribution, Claimant claimant, String summary,
			List<Segment> summaryHighlighted, String quote, List<Segment> quoteHighlighted, LocalDate saidOn,
			String saidOnPrecision, String saidOnLabel, List<TopicRef> topics) {
	}

	record Claimant(String slug, String name, String kind, String url) {
	}

	record TopicRef(String slug, String name, String url) {
	}

	record ItemResult(String slug, String url, String heading, List<Segment> headingHighlighted, String source) {
	}

	record FacetValue(String key, String label, long count, boolean selected, String search) {
	}

	record Facet(String name, List<FacetValue> values) {
	}

	/**
	 * @param query the text as typed (after cleaning)
	 * @param searched the text searched: differs from {@code query} when a misspelt query fell back to a correction
	 * @param total how many claims match; with {@code atLeast}, more than this many match
	 * @param atLeast whether {@code total} is only a lower bound
	 * @param counted how many claims were ranked and counted per topic, claimant and kind: the newest that match
	 * @param next the address of the next page, or null
	 */
	record SearchResponse(String query, String searched, boolean corrected, String topic, String actor, String kind,
			long total, boolean atLeast, long counted, int page, int pages, int pageSize, List<String> notices, List<ClaimResult> results,
			List<ItemResult> items, List<Facet> facets, String next) {
	}

	@GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> search(@RequestParam(required = false) String q, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String page) {
		List<Notice> notices = new ArrayList<>();
		SearchRequest request = new SearchRequest(q, topic, actor, kind, SearchRequest.page(page, notices));
		SearchResult result = this.search.search(request, notices);
		List<String> noticeTexts = result.notices().stream().map(this::text).toList();
		if (result.problem() != null || (result.searched().isEmpty() && !result.request().hasFilter())) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					(result.problem() != null) ? text(result.problem()) : text(new Notice("search.start")));
			problem.setTitle("Nothing to search for");
			problem.setType(URI.create("about:blank"));
			problem.setProperty("notices", noticeTexts);
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return ResponseEntity.ok(new SearchResponse(CleanQuery.of(q).text(), result.searched(),
				result.correctedFrom() != null, result.request().topic(), result.request().actor(),
				result.request().kind(), result.total(), result.atLeast(), result.counted(), result.page(), result.pages(), ClaimSearch.PAGE_SIZE,
				noticeTexts, result.hits().stream().map(this::claim).toList(),
				result.items().stream().map(SearchApiController::item).toList(),
				result.facets().stream().map(SearchApiController::facet).toList(),
				(result.next() != null) ? result.next().href("/api/v1/search") : null));
	}

	private ClaimResult claim(SearchResult.Hit hit) {
		Claim claim = hit.claim();
		String attribution = this.messages.getMessage("attribution." + claim.getActor().getKind(),
				new Object[] { claim.getActor().getName() }, Locale.UK);
		return new ClaimResult(claim.getSlug(), "/claims/" + claim.getSlug(), claim.getKind(), attribution,
				new Claimant(claim.getActor().getSlug(), claim.getActor().getName(), claim.getActor().getKind(),
						"/actors/" + claim.getActor().getSlug()),
				claim.getSummary(), hit.summary().segments(), claim.getQuote(), hit.quote().segments(),
				claim.getSaidOn(), claim.getSaidOnPrecision(), claim.getSaidOnLabel(),
				claim.getTopics()
					.stream()
					.map(topic -> new TopicRef(topic.getSlug(), topic.getName(), "/topics/" + topic.getSlug()))
					.toList());
	}

	private static ItemResult item(SearchResult.ItemHit item) {
		return new ItemResult(item.slug(), "/items/" + item.slug(), item.heading().text(), item.heading().segments(),
				item.sourceHeadline());
	}

	private static Facet facet(SearchResult.Facet facet) {
		return new Facet(facet.name(), facet.values()
			.stream()
			.map(value -> new FacetValue(value.key(), value.label(), value.count(), value.selected(),
					value.href().replaceFirst("^/search", "/api/v1/search")))
			.toList());
	}

	private String text(Notice notice) {
		return this.messages.getMessage(notice.code(), new Object[] { notice.argument() }, Locale.UK);
	}

}
