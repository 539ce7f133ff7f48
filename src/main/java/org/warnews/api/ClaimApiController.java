package org.warnews.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.warnews.claim.ClaimRepository;
import org.warnews.claim.ClaimSlugs;
import org.warnews.model.DateRange;
import org.warnews.web.paging.Pager;

import static org.warnews.web.Slugs.SLUG;

@Tag(name = "Claims", description = "Attributed claims, each with its verbatim quote and where it comes from")
@ApiController
class ClaimApiController {

	static final Set<String> KINDS = Set.of("figure", "assertion", "plan", "hope", "call", "event", "characterisation");

	private final ClaimRepository claims;

	private final ClaimSlugs slugs;

	private final ApiClaims apiClaims;

	ClaimApiController(ClaimRepository claims, ClaimSlugs slugs, ApiClaims apiClaims) {
		this.claims = claims;
		this.slugs = slugs;
		this.apiClaims = apiClaims;
	}

	@Operation(summary = "Claims, filtered and paged",
			description = "Newest source first, in text order within a source. Filters combine (AND). "
					+ "Each claim carries its relations to other claims.")
	@GetMapping("/claims")
	ClaimPage claims(
			@Parameter(description = "Only claims filed under this topic (its slug)") @RequestParam(required = false) String topic,
			@Parameter(description = "Only claims made by this claimant (its slug)") @RequestParam(required = false) String actor,
			@Parameter(description = "Only claims of this kind", schema = @Schema(allowableValues = { "figure", "assertion",
					"plan", "hope", "call", "event", "characterisation" })) @RequestParam(required = false) String kind,
			@Parameter(description = ApiDates.FROM, schema = @Schema(type = "string", format = "date"))
			@RequestParam(required = false) String from,
			@Parameter(description = ApiDates.TO, schema = @Schema(type = "string", format = "date"))
			@RequestParam(required = false) String to,
			ApiPage page,
			ApiJson json) {
		checkSlug("topic", topic);
		checkSlug("actor", actor);
		if (kind != null && !KINDS.contains(kind)) {
			throw new BadParameterException("Parameter 'kind' must be one of " + KINDS.stream().sorted().toList());
		}
		DateRange dates = ApiDates.parse(from, to);
		Page<Integer> ids = this.claims.findIds(topic, actor, kind, dates.from(), dates.to(), page.request());
		List<ClaimJson> claims = this.apiClaims.inOrder(ids.getContent(), json);
		UriComponentsBuilder list = UriComponentsBuilder.fromUriString(json.api("/claims"))
			.queryParamIfPresent("topic", Optional.ofNullable(topic))
			.queryParamIfPresent("actor", Optional.ofNullable(actor))
			.queryParamIfPresent("kind", Optional.ofNullable(kind))
			.queryParamIfPresent("from", Optional.ofNullable(dates.from()))
			.queryParamIfPresent("to", Optional.ofNullable(dates.to()));
		Pager pager = page.pager(ids, list);
		return new ClaimPage(page.page(), page.size(), pager.total(), pager.pages(), pager.next(), pager.previous(), claims);
	}

	@Operation(summary = "One claim",
			description = "A renamed claim's old slug answers 301 to its current address, as its page does.")
	@ApiResponse(responseCode = "200", description = "The claim")
	@ApiResponse(responseCode = "301", description = "The claim was renamed: see Location")
	@GetMapping("/claims/" + SLUG)
	ResponseEntity<ClaimJson> claim(@PathVariable String slug, ApiJson json) {
		return this.slugs.find(slug, claim -> ResponseEntity.ok(this.apiClaims.one(claim, json)),
				current -> ClaimSlugs.movedTo(json.api("/claims/" + current)));
	}

	private static void checkSlug(String name, String value) {
		if (value != null && !value.matches("[a-z0-9][a-z0-9-]{0,119}")) {
			throw new BadParameterException("Parameter '" + name + "' must be a slug: lower-case letters, digits and hyphens");
		}
	}

}
