package org.warnews.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

import org.warnews.claim.ClaimRepository;
import org.warnews.model.Item;
import org.warnews.web.NotFoundException;
import org.warnews.web.paging.Pager;

import static org.warnews.web.Slugs.SLUG;

/** The items (stories) of the sources, each with the claims it reports, in text order. */
@Tag(name = ApiJson.SOURCES_TAG)
@ApiController
class ItemApiController {

	private final ApiItems items;

	private final ClaimRepository claims;

	private final ApiClaims apiClaims;

	ItemApiController(ApiItems items, ClaimRepository claims, ApiClaims apiClaims) {
		this.items = items;
		this.claims = claims;
		this.apiClaims = apiClaims;
	}

	@Operation(summary = "Items, newest source first, in text order, paged")
	@GetMapping("/items")
	ItemList items(ApiPage page, ApiJson json) {
		Page<Item> found = this.items.findPageWithSource(page.request());
		Pager pager = page.pager(found, UriComponentsBuilder.fromUriString(json.api("/items")));
		return new ItemList(page.page(), page.size(), pager.total(), pager.pages(), pager.next(), pager.previous(),
				found.getContent().stream().map(item -> json.item(item, null)).toList());
	}

	@Operation(summary = "One item, with its claims in text order")
	@GetMapping("/items/" + SLUG)
	ItemJson item(@PathVariable String slug, ApiJson json) {
		Item item = this.items.findBySlug(slug).orElseThrow(() -> new NotFoundException("item"));
		return json.item(item, this.apiClaims.inOrder(this.claims.findIdsByItem(slug), json));
	}

}
