package org.warnews.source;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import org.warnews.claim.ClaimRepository;
import org.warnews.claim.SourceStructuredData;
import org.warnews.claim.SourceText;
import org.warnews.model.Claim;
import org.warnews.model.Item;
import org.warnews.model.Source;
import org.warnews.topic.TopicRepository;
import org.warnews.web.NotFoundException;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.meta.JsonLd;
import org.warnews.web.meta.SiteUrls;
import org.warnews.web.paging.PageSizes;
import org.warnews.web.paging.Pager;

import static org.warnews.web.Slugs.SLUG;

@Responds(ResponseKind.PAGE)
@Controller
class SourceController {

	/** An item of a source with the claims it reports, in text order. */
	record ItemClaims(Item item, List<Claim> claims) {
	}

	private final SourceRepository sources;

	private final ClaimRepository claims;

	private final TopicRepository topics;

	private final JsonLd jsonLd;

	private final PageSizes sizes;

	SourceController(SourceRepository sources, ClaimRepository claims, TopicRepository topics, JsonLd jsonLd,
			PageSizes sizes) {
		this.sources = sources;
		this.claims = claims;
		this.topics = topics;
		this.jsonLd = jsonLd;
		this.sizes = sizes;
	}

	/** The newest sources in full, with their items and claims; the index of sources lists them all. */
	@GetMapping("/")
	String home(Model model) {
		Page<Integer> newest = this.sources.findIdsNewestFirst(PageRequest.of(0, this.sizes.getHome()));
		List<Source> shown = newest.isEmpty() ? List.of() : this.sources.findWithItemsByIdIn(newest.getContent());
		Map<Integer, List<Claim>> byItem = shown.isEmpty() ? Map.of()
				: this.claims.findBySources(shown)
					.stream()
					.collect(Collectors.groupingBy(claim -> claim.getItem().getId()));
		model.addAttribute("sources", shown);
		model.addAttribute("sourcesTotal", newest.getTotalElements());
		model.addAttribute("itemClaims", shown.stream()
			.collect(Collectors.toMap(Source::getSlug, source -> itemClaims(source, byItem))));
		model.addAttribute("topics", this.topics.findAllByOrderByName());
		return "source/home";
	}

	/** Every source, newest first, a page at a time. */
	@GetMapping("/sources")
	String sources(@RequestParam(required = false) Integer page, Model model) {
		Page<Source> sources = this.sources.findNewestFirst(Pager.request(page, this.sizes.getSources()));
		Pager.of("/sources", sources, model);
		model.addAttribute("sources", sources.getContent());
		return "source/sources";
	}

	@GetMapping("/sources/" + SLUG)
	String source(@PathVariable String slug, Model model, SiteUrls urls) {
		Source source = find(slug);
		Map<Integer, List<Claim>> byItem = this.claims.findBySources(List.of(source))
			.stream()
			.collect(Collectors.groupingBy(claim -> claim.getItem().getId()));
		model.addAttribute("source", source);
		model.addAttribute("items", itemClaims(source, byItem));
		addStructuredData(source, model, urls);
		return "source/source";
	}

	@GetMapping("/sources/" + SLUG + "/text")
	String text(@PathVariable String slug, Model model, SiteUrls urls) {
		Source source = find(slug);
		List<Claim> quoted = this.claims.findBySources(List.of(source));
		model.addAttribute("source", source);
		model.addAttribute("paragraphs", SourceText.paragraphs(source.getBody(), quoted));
		addStructuredData(source, model, urls);
		return "source/text";
	}

	/** The stored text exactly as loaded, for anyone who wants to check it against the original. */
	@GetMapping(path = "/sources/" + SLUG + "/text.txt", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
	@ResponseBody
	String plainText(@PathVariable String slug) {
		return find(slug).getBody();
	}

	/** The article as a schema.org NewsArticle, for previews and search engines. */
	private void addStructuredData(Source source, Model model, SiteUrls urls) {
		model.addAttribute("jsonLd", this.jsonLd.script(SourceStructuredData.page(source, urls)));
		model.addAttribute("ogType", "article");
	}

	private Source find(String slug) {
		return this.sources.findBySlug(slug).orElseThrow(() -> new NotFoundException("source"));
	}

	private static List<ItemClaims> itemClaims(Source source, Map<Integer, List<Claim>> byItem) {
		return source.getItems()
			.stream()
			.map(item -> new ItemClaims(item, byItem.getOrDefault(item.getId(), List.of())))
			.toList();
	}

}
