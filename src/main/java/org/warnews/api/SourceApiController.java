package org.warnews.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

import org.warnews.source.SourceRepository;
import org.warnews.web.NotFoundException;
import org.warnews.web.paging.Pager;

import static org.warnews.web.Slugs.SLUG;

/** The sources: the news articles, each with its items. Their items and claims are {@link ItemApiController}'s. */
@Tag(name = ApiJson.SOURCES_TAG, description = "The news articles, stored verbatim, and the items (stories) within them")
@ApiController
class SourceApiController {

	private final SourceRepository sources;

	SourceApiController(SourceRepository sources) {
		this.sources = sources;
	}

	@Operation(summary = "Sources, newest first, paged")
	@GetMapping("/sources")
	SourceList sources(ApiPage page, ApiJson json) {
		Page<Integer> ids = this.sources.findIdsNewestFirst(page.request());
		List<SourceJson> found = ids.isEmpty() ? List.of()
				: this.sources.findWithItemsByIdIn(ids.getContent()).stream().map(json::source).toList();
		Pager pager = page.pager(ids, UriComponentsBuilder.fromUriString(json.api("/sources")));
		return new SourceList(page.page(), page.size(), pager.total(), pager.pages(), pager.next(), pager.previous(), found);
	}

	@Operation(summary = "One source, with its items")
	@GetMapping("/sources/" + SLUG)
	SourceJson source(@PathVariable String slug, ApiJson json) {
		return json.source(this.sources.findBySlug(slug).orElseThrow(() -> new NotFoundException("source")));
	}

}
