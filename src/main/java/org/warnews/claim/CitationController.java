package org.warnews.claim;

import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.warnews.model.Claim;
import org.warnews.web.meta.SiteUrls;

import static org.warnews.web.Slugs.SLUG;

/**
 * A claim's citation as a file, at a stable URL next to the claim: {@code /claims/{slug}/cite.txt}, {@code .bib},
 * {@code .ris} and {@code .json} (CSL-JSON). A renamed claim's old citation URLs answer 301 like its page.
 */
@Controller
class CitationController {

	enum Format {

		txt(new MediaType("text", "plain", StandardCharsets.UTF_8), false),
		bib(new MediaType("application", "x-bibtex", StandardCharsets.UTF_8), true),
		ris(new MediaType("application", "x-research-info-systems", StandardCharsets.UTF_8), true),
		json(new MediaType("application", "vnd.citationstyles.csl+json", StandardCharsets.UTF_8), true);

		final MediaType mediaType;

		final boolean download;

		Format(MediaType mediaType, boolean download) {
			this.mediaType = mediaType;
			this.download = download;
		}

	}

	private final ClaimSlugs slugs;

	private final JsonMapper json;

	CitationController(ClaimSlugs slugs, JsonMapper json) {
		this.slugs = slugs;
		this.json = json;
	}

	@GetMapping("/claims/" + SLUG + "/cite.{format:txt|bib|ris|json}")
	ResponseEntity<String> cite(@PathVariable String slug, @PathVariable Format format, SiteUrls urls) {
		return this.slugs.find(slug, claim -> cite(claim, format, urls),
				current -> ClaimSlugs.movedTo(urls.of("/claims/" + current + "/cite." + format.name())));
	}

	private ResponseEntity<String> cite(Claim claim, Format format, SiteUrls urls) {
		Citation citation = new Citation(claim, urls.claim(claim.getSlug()));
		String body = switch (format) {
			case txt -> citation.plainText() + "\n";
			case bib -> citation.bibtex();
			case ris -> citation.ris();
			case json -> this.json.writerWithDefaultPrettyPrinter().writeValueAsString(List.of(citation.cslItem())) + "\n";
		};
		ContentDisposition disposition = (format.download ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(claim.getSlug() + "." + format.name())
			.build();
		return ResponseEntity.ok()
			.contentType(format.mediaType)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(body);
	}

}
