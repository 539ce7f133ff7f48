package org.warnews.claim;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import org.warnews.model.Claim;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.meta.SiteUrls;

import static org.warnews.web.Slugs.SLUG;

/**
 * Claims embedded in other sites and unfurled by chat tools (oEmbed 1.0): {@code /oembed?url=…} answers a rich
 * card for a claim page, an iframe of {@code /claims/{slug}/card}, the one page of the site that other sites may
 * frame (see the security headers).
 */
@Responds(ResponseKind.PAGE)
@Controller
class EmbedController {

	static final int WIDTH = 550;

	static final int HEIGHT = 320;

	private static final Pattern CLAIM_PATH = Pattern.compile("/claims/([a-z0-9][a-z0-9-]{0,119})/?");

	private final ClaimSlugs slugs;

	private final ClaimRepository claims;

	EmbedController(ClaimSlugs slugs, ClaimRepository claims) {
		this.slugs = slugs;
		this.claims = claims;
	}

	/** The oEmbed endpoint of a claim's page, for its {@code <link rel="alternate">}. */
	static String discovery(SiteUrls urls, Claim claim) {
		return UriComponentsBuilder.fromUriString(urls.of("/oembed"))
			.queryParam("url", urls.claim(claim.getSlug()))
			.queryParam("format", "json")
			.encode()
			.toUriString();
	}

	/** The response of oEmbed 1.0 for a rich card; property names as the specification spells them. */
	record OEmbed(String type, String version, String title, @JsonProperty("author_name") String authorName,
			@JsonProperty("author_url") String authorUrl, @JsonProperty("provider_name") String providerName,
			@JsonProperty("provider_url") String providerUrl, String html, int width, int height) {
	}

	@GetMapping("/oembed")
	ResponseEntity<?> oembed(@RequestParam(required = false) String url,
			@RequestParam(defaultValue = "json") String format, @RequestParam(required = false) Integer maxwidth,
			@RequestParam(required = false) Integer maxheight, SiteUrls urls) {
		if (format.equals("xml")) {
			return problem(HttpStatus.NOT_IMPLEMENTED, "Only format=json is offered.");
		}
		if (!format.equals("json")) {
			return problem(HttpStatus.BAD_REQUEST, "format= takes json (or xml, which is not offered).");
		}
		if (url == null || url.isBlank()) {
			return problem(HttpStatus.BAD_REQUEST, "Give the address of a claim page as url=, e.g. "
					+ urls.claim("some-claim") + ".");
		}
		Optional<Claim> claim = slugOf(url, urls).flatMap(slug -> this.claims.findBySlug(slug)
			.or(() -> this.claims.findCurrentSlug(slug).flatMap(this.claims::findBySlug)));
		if (claim.isEmpty()) {
			return problem(HttpStatus.NOT_FOUND, "No claim page of this site at " + url + ": only claim pages ("
					+ urls.claim("{slug}") + ") can be embedded.");
		}
		int width = Math.min(WIDTH, positive(maxwidth));
		int height = Math.min(HEIGHT, positive(maxheight));
		Claim found = claim.get();
		String card = urls.claim(found.getSlug()) + "/card";
		String html = "<iframe src=\"" + HtmlUtils.htmlEscape(card) + "\" width=\"" + width + "\" height=\"" + height
				+ "\" title=\"" + HtmlUtils.htmlEscape(found.getActor().getName() + ": " + found.getSummary())
				+ "\" loading=\"lazy\"></iframe>";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(new OEmbed("rich", "1.0", found.getSummary(), found.getActor().getName(),
					urls.actor(found.getActor().getSlug()), "War News Reference", urls.home(), html, width, height));
	}

	/** The card of a claim, made to be framed by other sites: who claims it, when, the quote, where it was reported. */
	@Responds(value = ResponseKind.PAGE, daily = true, embeddable = true)
	@GetMapping("/claims/" + SLUG + "/card")
	Object card(@PathVariable String slug, Model model, SiteUrls urls) {
		return this.slugs.find(slug, claim -> {
			model.addAttribute("claim", claim);
			model.addAttribute("permalink", urls.claim(claim.getSlug()));
			return "claim/card";
		}, current -> ClaimSlugs.movedTo(urls.claim(current) + "/card"));
	}

	/** The slug of a claim page's address on this site (host and port as this request names them). */
	private static Optional<String> slugOf(String url, SiteUrls urls) {
		try {
			URI given = new URI(url);
			URI site = new URI(urls.home());
			if (given.getHost() == null || !given.getHost().equalsIgnoreCase(site.getHost())
					|| given.getPort() != site.getPort() || given.getRawPath() == null) {
				return Optional.empty();
			}
			Matcher path = CLAIM_PATH.matcher(given.getRawPath());
			return path.matches() ? Optional.of(path.group(1)) : Optional.empty();
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	private static int positive(Integer max) {
		return (max != null && max > 0) ? max : Integer.MAX_VALUE;
	}

	private static ResponseEntity<String> problem(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(message + "\n");
	}

}
