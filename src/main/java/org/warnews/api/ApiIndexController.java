package org.warnews.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.meta.SiteUrls;

@Tag(name = "Index")
@Responds(ResponseKind.API)
@RestController
class ApiIndexController {

	static final String ATTRIBUTION = "Claims are attributed to their claimants and quoted verbatim from the source "
			+ "articles named in each record; they are claims, not verified facts. Summaries, resolved dates, topics "
			+ "and figures are editorial data of War News Reference. When you reuse the data, name the claimant and the "
			+ "source article and link to the claim's permanent URL.";

	@Operation(summary = "Links to every resource of the API, its description and the open data")
	@GetMapping(path = ApiJson.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
	ApiIndex index(SiteUrls urls) {
		ApiJson json = new ApiJson(urls);
		return new ApiIndex(json.api("/sources"), json.api("/items"), json.api("/claims"), json.api("/topics"),
				json.api("/actors"), json.api("/figures"), json.api("/openapi.json"), json.api("/docs"),
				urls.of("/data/claims.csv"), urls.of("/data/claims.json"), urls.of("/feed.atom"),
				urls.of("/sitemap.xml"), ATTRIBUTION);
	}

}
