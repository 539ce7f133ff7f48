package org.warnews.claim;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.warnews.model.Claim;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.meta.SiteUrls;

import static org.warnews.web.Slugs.SLUG;

/**
 * A claim's citation as a file, at a stable URL next to the claim: {@code /claims/{slug}/cite.txt}, {@code .bib},
 * {@code .ris} and {@code .json} (CSL-JSON), and in the styles people paste, {@code cite.apa.txt},
 * {@code cite.chicago.txt} and {@code cite.mla.txt}. A renamed claim's old citation URLs answer 301 like its page.
 */
@Responds(value = ResponseKind.PAGE, daily = true)
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

	private final Citations citations;

	private final JsonMapper json;

	CitationController(ClaimSlugs slugs, Citations citations, JsonMapper json) {
		this.slugs = slugs;
		this.citations = citations;
		this.json = json;
	}

	@GetMapping("/claims/" + SLUG + "/cite.{format:txt|bib|ris|json}")
	ResponseEntity<String> cite(@PathVariable String slug, @PathVariable Format format, SiteUrls urls) {
		return file(slug, format.name(), urls, claim -> {
			Citation citation = this.citations.of(claim, urls);
			String body = switch (format) {
				case txt -> citation.plainText() + "\n";
				case bib -> citation.bibtex();
				case ris -> citation.ris();
				case json -> this.json.writerWithDefaultPrettyPrinter().writeValueAsString(List.of(citation.cslItem())) + "\n";
			};
			return file(claim, format.name(), format.mediaType, format.download, body);
		});
	}

	/** The claim in a citation style, as one line of plain text. */
	@GetMapping("/claims/" + SLUG + "/cite.{style:apa|chicago|mla}.txt")
	ResponseEntity<String> style(@PathVariable String slug, @PathVariable String style, SiteUrls urls) {
		CitationStyle citationStyle = CitationStyle.valueOf(style.toUpperCase(Locale.ROOT));
		return file(slug, style + ".txt", urls, claim -> file(claim, style + ".txt", Format.txt.mediaType, false,
				citationStyle.render(this.citations.of(claim, urls).cslItem()) + "\n"));
	}

	/** The claim's file; 301 to the current slug's file for a renamed claim. */
	private ResponseEntity<String> file(String slug, String extension, SiteUrls urls,
			Function<Claim, ResponseEntity<String>> render) {
		return this.slugs.find(slug, render,
				current -> ClaimSlugs.movedTo(urls.of("/claims/" + current + "/cite." + extension)));
	}

	private static ResponseEntity<String> file(Claim claim, String extension, MediaType mediaType, boolean download,
			String body) {
		ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(claim.getSlug() + "." + extension)
			.build();
		return ResponseEntity.ok()
			.contentType(mediaType)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(body);
	}

}
