package org.warnews.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import org.warnews.claim.ClaimRepository;
import org.warnews.model.Item;
import org.warnews.source.SourceRepository;
import org.warnews.web.NotFoundException;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.meta.SiteUrls;
import org.warnews.web.paging.Pager;

import static org.warnews.web.Slugs.SLUG;

@Tag(name = "Sources", description = "The news articles, stored verbatim, and the items (stories) within them")
@Responds(ResponseKind.API)
@RestController
@RequestMapping(path = ApiJson.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class SourceApiController {

	private final SourceRepository sources;

	private final ApiItems items;

	private final ClaimRepository claims;

	private final ApiPaging paging;

	private final ApiClaims apiClaims;

	SourceApiController(SourceRepository sources, ApiItems items, ClaimRepository claims, ApiPaging paging,
			ApiClaims apiClaims) {
		this.sources = sources;
		this.items = items;
		this.claims = claims;
		this.paging = paging;
		this.apiClaims = apiClaims;
	}

	@Operation(summary = "Sources, newest first, paged")
	@GetMapping("/sources")
	SourceList sources(
			@Parameter(description = "Page number, from 1",
					schema = @Schema(minimum = "1", defaultValue = "1")) @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Sources per page", schema = @Schema(minimum = "1", maximum = "200",
					defaultValue = "50")) @RequestParam(defaultValue = "50") int size,
			SiteUrls urls) {
		Page<Integer> ids = this.sources.findIdsNewestFirst(this.paging.request(page, size));
		ApiJson json = new ApiJson(urls);
		List<SourceJson> found = ids.isEmpty() ? List.of()
				: this.sources.findWithItemsByIdIn(ids.getContent()).stream().map(json::source).toList();
		UriComponentsBuilder list = UriComponentsBuilder.fromUriString(json.api("/sources"));
		Pager pager = ApiPaging.pager(ids, list);
		return new SourceList(page, size, pager.total(), pager.pages(), pager.next(), pager.previous(), found);
	}

	@Operation(summary = "One source, with its items")
	@GetMapping("/sources/" + SLUG)
	SourceJson source(@PathVariable String slug, SiteUrls urls) {
		return new ApiJson(urls)
			.source(this.sources.findBySlug(slug).orElseThrow(() -> new NotFoundException("source")));
	}

	@Operation(summary = "Items, newest source first, in text order, paged")
	@GetMapping("/items")
	ItemList items(
			@Parameter(description = "Page number, from 1",
					schema = @Schema(minimum = "1", defaultValue = "1")) @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Items per page", schema = @Schema(minimum = "1", maximum = "200",
					defaultValue = "50")) @RequestParam(defaultValue = "50") int size,
			SiteUrls urls) {
		Page<Item> found = this.items.findPageWithSource(this.paging.request(page, size));
		ApiJson json = new ApiJson(urls);
		UriComponentsBuilder list = UriComponentsBuilder.fromUriString(json.api("/items"));
		Pager pager = ApiPaging.pager(found, list);
		return new ItemList(page, size, pager.total(), pager.pages(), pager.next(), pager.previous(),
				found.getContent().stream().map(item -> json.item(item, null)).toList());
	}

	@Operation(summary = "One item, with its claims in text order")
	@GetMapping("/items/" + SLUG)
	ItemJson item(@PathVariable String slug, SiteUrls urls) {
		Item item = this.items.findBySlug(slug).orElseThrow(() -> new NotFoundException("item"));
		ApiJson json = new ApiJson(urls);
		return json.item(item, this.apiClaims.inOrder(this.claims.findIdsByItem(slug), json));
	}

}
