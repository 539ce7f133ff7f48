package org.warnews.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.warnews.source.Item;
import org.warnews.source.SourceRepository;
import org.warnews.web.NotFoundException;

import static org.warnews.web.Slugs.SLUG;

@Tag(name = "Sources", description = "The news articles, stored verbatim, and the items (stories) within them")
@RestController
@RequestMapping(path = ApiJson.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class SourceApiController {

	private final SourceRepository sources;

	private final ApiItems items;

	private final ApiQueries claims;

	SourceApiController(SourceRepository sources, ApiItems items, ApiQueries claims) {
		this.sources = sources;
		this.items = items;
		this.claims = claims;
	}

	@Operation(summary = "Every source, newest first")
	@GetMapping("/sources")
	SourceList sources() {
		ApiJson json = ApiJson.current();
		return new SourceList(this.sources.findAllNewestFirst().stream().map(json::source).toList());
	}

	@Operation(summary = "One source, with its items")
	@GetMapping("/sources/" + SLUG)
	SourceJson source(@PathVariable String slug) {
		return ApiJson.current()
			.source(this.sources.findBySlug(slug).orElseThrow(() -> new NotFoundException("source")));
	}

	@Operation(summary = "Every item, newest source first, in text order")
	@GetMapping("/items")
	ItemList items() {
		ApiJson json = ApiJson.current();
		return new ItemList(this.items.findAllWithSource().stream().map(item -> json.item(item, null)).toList());
	}

	@Operation(summary = "One item, with its claims in text order")
	@GetMapping("/items/" + SLUG)
	ItemJson item(@PathVariable String slug) {
		Item item = this.items.findBySlug(slug).orElseThrow(() -> new NotFoundException("item"));
		ApiJson json = ApiJson.current();
		return json.item(item,
				this.claims.findInOrder(this.claims.findIdsByItem(slug)).stream().map(json::claim).toList());
	}

}
