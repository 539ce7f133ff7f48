package org.warnews.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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

import org.warnews.model.DateRange;
import org.warnews.search.Highlighted.Segment;
import org.warnews.search.SearchResult.Card;
import org.warnews.search.SearchResult.Claimant;
import org.warnews.search.SearchResult.Notice;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;

/**
 * The same search as the page, as JSON. A search that cannot be run (nothing to look for) answers 400 with a
 * problem document that says why; everything else answers 200.
 */
@Responds(ResponseKind.SEARCH)
@RestController
class SearchApiController {

	private final ClaimSearch search;

	private final MessageSource messages;

	SearchApiController(ClaimSearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	/** A claim found, always with who claims it. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SearchClaim(String slug, String url, String kind, String attribution, SearchClaimant claimant, String summary,
			List<Segment> summaryHighlighted, String quote, List<Segment> quoteHighlighted, LocalDate saidOn,
			String saidOnPrecision, String saidOnLabel, List<SearchTopic> topics) {
	}

	record SearchClaimant(String slug, String name, String kind, String url) {
	}

	record SearchTopic(String slug, String name, String url) {
	}

	record SearchItem(String slug, String url, String heading, List<Segment> headingHighlighted, String source) {
	}

	record SearchFacetValue(String key, String label, long count, boolean selected, String search) {
	}

	record SearchFacet(String name, List<SearchFacetValue> values) {
	}

	/**
	 * @param query the text as typed (after cleaning)
	 * @param searched the text searched: differs from {@code query} when a misspelt query fell back to a correction
	 * @param total how many claims match; with {@code atLeast}, more than this many match
	 * @param atLeast whether {@code total} is only a lower bound
	 * @param counted how many claims were ranked and counted per topic, claimant and kind: the newest that match
	 * @param next the address of the next page, or null
	 */
	/** How the 400 answer looks: a problem document (RFC 9457) with the notices that say why. */
	record SearchProblem(String type, String title, int status, String detail, String instance, List<String> notices) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SearchResponse(String query, String searched, boolean corrected, String topic, String actor, String kind,
			LocalDate from, LocalDate to, long total, boolean atLeast, long counted, int page, int pages, int pageSize, List<String> notices, List<SearchClaim> results,
			List<SearchItem> items, List<SearchFacet> facets, String next) {
	}

	@ApiResponse(responseCode = "200", description = "The claims and items found, with facets and notices",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = SearchResponse.class)))
	@ApiResponse(responseCode = "400", description = "Nothing to search for (no words and no filter), a page "
			+ "number or page size that is not one, or a 'from' or 'to' that is no day (YYYY-MM-DD) or a 'from' after "
			+ "'to'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = SearchProblem.class)))
	@GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> search(@RequestParam(required = false) String q, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
			@Parameter(description = "Page number, from 1", schema = @Schema(minimum = "1", defaultValue = "1"))
			@RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Only claims that may have been made on or after this day (YYYY-MM-DD). "
					+ DateRange.RULE, schema = @Schema(type = "string", format = "date"))
			@RequestParam(required = false) String from,
			@Parameter(description = "Only claims that may have been made on or before this day (YYYY-MM-DD). "
					+ DateRange.RULE, schema = @Schema(type = "string", format = "date"))
			@RequestParam(required = false) String to) {
		// Unlike the page, which corrects what a reader typed, the API says what is wrong: a larger page number
		// than warnews.http.max-page, or one that is no number, never gets here (InputLimitsInterceptor).
		if (page < 1) {
			return badRequest("Not a page", text(new Notice("search.problem.page")), List.of());
		}
		DateRange dates;
		try {
			dates = DateRange.parse(from, to);
		}
		catch (DateRange.Invalid ex) {
			return badRequest("Not a range of days", "Parameter " + ex.getMessage(), List.of());
		}
		SearchRequest request = new SearchRequest(q, topic, actor, kind, page, dates);
		SearchResult result = this.search.search(request, new ArrayList<>());
		List<String> noticeTexts = result.notices().stream().map(this::text).toList();
		if (result.problem() != null || (result.searched().isEmpty() && !result.request().hasFilter())) {
			return badRequest("Nothing to search for",
					(result.problem() != null) ? text(result.problem()) : text(new Notice("search.start")), noticeTexts);
		}
		return ResponseEntity.ok(new SearchResponse(CleanQuery.of(q).text(), result.searched(),
				result.correctedFrom() != null, result.request().topic(), result.request().actor(),
				result.request().kind(), dates.from(), dates.to(), result.total(), result.atLeast(), result.counted(), result.page(), result.pages(), ClaimSearch.PAGE_SIZE,
				noticeTexts, result.hits().stream().map(this::claim).toList(),
				result.items().stream().map(SearchApiController::item).toList(),
				result.facets().stream().map(SearchApiController::facet).toList(),
				result.pager("/api/v1/search").next()));
	}

	private static ResponseEntity<ProblemDetail> badRequest(String title, String detail, List<String> notices) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		problem.setProperty("notices", notices);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private SearchClaim claim(SearchResult.Hit hit) {
		Card claim = hit.claim();
		Claimant actor = claim.actor();
		String attribution = this.messages.getMessage("attribution." + actor.kind().getCode(),
				new Object[] { actor.name() }, Locale.UK);
		return new SearchClaim(claim.slug(), "/claims/" + claim.slug(), claim.kind(), attribution,
				new SearchClaimant(actor.slug(), actor.name(), actor.kind().getCode(), "/actors/" + actor.slug()),
				claim.summary(), hit.summary().segments(), claim.quote(), hit.quote().segments(), claim.saidOn(),
				claim.saidOnPrecision().getCode(), claim.saidOnLabel(),
				claim.topics()
					.stream()
					.map(topic -> new SearchTopic(topic.slug(), topic.name(), "/topics/" + topic.slug()))
					.toList());
	}

	private static SearchItem item(SearchResult.ItemHit item) {
		return new SearchItem(item.slug(), "/items/" + item.slug(), item.heading().text(), item.heading().segments(),
				item.sourceHeadline());
	}

	private static SearchFacet facet(SearchResult.Facet facet) {
		return new SearchFacet(facet.name(), facet.values()
			.stream()
			.map(value -> new SearchFacetValue(value.key(), value.label(), value.count(), value.selected(),
					value.href().replaceFirst("^/search", "/api/v1/search")))
			.toList());
	}

	private String text(Notice notice) {
		return this.messages.getMessage(notice.code(), new Object[] { notice.argument() }, Locale.UK);
	}

}
