package org.warnews.claim;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

import org.warnews.figure.FigureRepository.NewestFigures;
import org.warnews.figure.FigureRepository;
import org.warnews.model.Claim;
import org.warnews.model.ClaimRelation.Related;
import org.warnews.model.Figure;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.meta.JsonLd;
import org.warnews.web.meta.SiteUrls;

import static org.warnews.web.Slugs.SLUG;

@Responds(value = ResponseKind.PAGE, daily = true)
@Controller
class ClaimController {

	private static final Limit RELATED = Limit.of(10);

	private final ClaimSlugs slugs;

	private final ClaimRepository claims;

	private final FigureRepository figures;

	private final JsonLd jsonLd;

	private final JsonMapper json;

	private final ClaimHistory history;

	private final Citations citations;

	private final ClaimRelationRepository relations;

	ClaimController(ClaimSlugs slugs, ClaimRepository claims, FigureRepository figures, JsonLd jsonLd,
			JsonMapper json, ClaimHistory history, Citations citations, ClaimRelationRepository relations) {
		this.slugs = slugs;
		this.claims = claims;
		this.figures = figures;
		this.jsonLd = jsonLd;
		this.json = json;
		this.history = history;
		this.citations = citations;
		this.relations = relations;
	}

	/** The claim's page; an old slug answers 301 to its current page. */
	@GetMapping("/claims/" + SLUG)
	Object claim(@PathVariable String slug, Model model, SiteUrls urls) {
		return this.slugs.find(slug, claim -> page(claim, model, urls), ClaimSlugs::movedToPage);
	}

	private String page(Claim claim, Model model, SiteUrls urls) {
		String body = claim.getItem().getSource().getBody();
		Citation citation = this.citations.of(claim, urls);
		model.addAttribute("claim", claim);
		model.addAttribute("history", this.history.of(claim));
		model.addAttribute("version", citation.version());
		model.addAttribute("permalink", urls.claim(claim.getSlug()));
		model.addAttribute("shortLink", urls.shortClaim(claim.getId()));
		model.addAttribute("quoteFragment", QuoteLink.fragment(body, claim.getQuoteStart(), claim.getQuoteEnd()));
		model.addAttribute("citation", citation);
		model.addAttribute("cslJson",
				this.json.writerWithDefaultPrettyPrinter().writeValueAsString(List.of(citation.cslItem())));
		model.addAttribute("styles", Arrays.stream(CitationStyle.values())
			.collect(Collectors.toMap(Function.identity(), style -> style.render(citation.cslItem()), (a, b) -> a,
					LinkedHashMap::new)));
		model.addAttribute("oembedUrl", EmbedController.discovery(urls, claim));
		List<Related> related = this.relations.of(claim);
		model.addAttribute("relations", related);
		model.addAttribute("jsonLd", this.jsonLd.script(ClaimStructuredData.page(claim, related, urls)));
		model.addAttribute("ogType", "article");
		model.addAttribute("paragraph",
				SourceText.paragraphs(body, List.of(claim), claim.getQuoteStart(), claim.getQuoteEnd()).get(0));
		NewestFigures competing = competingFigures(claim);
		model.addAttribute("competing", competing.figures());
		model.addAttribute("competingTotal", competing.totals().values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("sameTopics", claim.getTopics().isEmpty() ? List.of()
				: this.claims.findSharingTopics(claim, claim.getTopics(), RELATED));
		model.addAttribute("sameClaimant", this.claims.findOthersByActor(claim.getActor(), claim, RELATED));
		return "claim/claim";
	}

	/**
	 * Other claims' figures for the same metrics, never merged with this claim's own: the newest few of each
	 * metric, with how many there are in all.
	 */
	private NewestFigures competingFigures(Claim claim) {
		if (claim.getFigures().isEmpty()) {
			return new NewestFigures(List.of(), Map.of());
		}
		List<String> metrics = claim.getFigures().stream().map(Figure::getMetric).distinct().toList();
		return this.figures.load(this.figures.findNewestPerMetricIn(metrics, claim.getId(), RELATED.max()));
	}

}
