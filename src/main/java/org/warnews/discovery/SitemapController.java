package org.warnews.discovery;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.warnews.claim.ClaimRepository;
import org.warnews.claim.PageDate;
import org.warnews.web.NotFoundException;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.meta.SiteUrls;

/**
 * Every page, for search engines: {@code /sitemap.xml} is a sitemap index of {@code /sitemaps/pages.xml} (sources,
 * their texts, items, topics, claimants and the index pages) and {@code /sitemaps/claims-N.xml}, claims in id order,
 * at most 50,000 a file as the protocol requires. Each URL's lastmod is when its content last changed.
 */
@Responds(ResponseKind.FEED)
@RestController
class SitemapController {

	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final int PER_FILE = 50_000;

	private static final String XML = "application/xml;charset=UTF-8";

	private final DiscoveryQueries queries;

	private final ClaimRepository claims;

	SitemapController(DiscoveryQueries queries, ClaimRepository claims) {
		this.queries = queries;
		this.claims = claims;
	}

	@GetMapping(path = "/sitemap.xml", produces = XML)
	String index(SiteUrls urls) {
		Instant latest = latestUpdate();
		long files = Math.max(1, (this.claims.countClaims() + PER_FILE - 1) / PER_FILE);
		Xml xml = new Xml(SITEMAP, "sitemapindex");
		sitemap(xml, urls.of("/sitemaps/pages.xml"), latest);
		for (int n = 1; n <= files; n++) {
			sitemap(xml, urls.of("/sitemaps/claims-" + n + ".xml"), latest);
		}
		return xml.finish();
	}

	@GetMapping(path = "/sitemaps/pages.xml", produces = XML)
	String pages(SiteUrls urls) {
		Instant latest = latestUpdate();
		Map<String, Instant> sourceChanged = latest(this.queries.findSourcePages(),
				this.queries.findLatestItemBySource(), this.claims.findLatestClaimBySource());
		Map<String, Instant> itemChanged = latest(this.queries.findItemPages(), this.claims.findLatestClaimByItem());
		Map<String, Instant> topicChanged = latest(this.claims.findLatestClaimByTopic());
		Map<String, Instant> actorChanged = latest(this.claims.findLatestClaimByActor());

		Xml xml = new Xml(SITEMAP, "urlset");
		url(xml, urls.home(), latest);
		url(xml, urls.of("/topics"), latest);
		url(xml, urls.of("/actors"), latest);
		url(xml, urls.of("/figures"), latest);
		this.queries.findMetrics().forEach(metric -> url(xml, urls.of("/figures/" + metric), latest));
		url(xml, urls.of("/sources"), latest); // page 1 of the index; its further pages are reached by rel=next
		url(xml, urls.of("/about"), null); // a static page: its content does not come from the database
		sourceChanged.forEach((slug, changed) -> {
			url(xml, urls.source(slug), changed);
			url(xml, urls.sourceText(slug), changed);
		});
		itemChanged.forEach((slug, changed) -> url(xml, urls.item(slug), changed));
		// A topic or claimant with no claims yet changed no later than the content as a whole.
		this.queries.findTopicSlugs().forEach(slug -> url(xml, urls.topic(slug), topicChanged.getOrDefault(slug, latest)));
		this.queries.findActorSlugs().forEach(slug -> url(xml, urls.actor(slug), actorChanged.getOrDefault(slug, latest)));
		return xml.finish();
	}

	@GetMapping(path = "/sitemaps/claims-{n:[1-9][0-9]{0,5}}.xml", produces = XML)
	String claims(@PathVariable int n, SiteUrls urls) {
		List<PageDate> claims = this.claims.findClaimPages(PageRequest.of(n - 1, PER_FILE));
		if (claims.isEmpty() && n > 1) {
			throw new NotFoundException("sitemap");
		}
		Xml xml = new Xml(SITEMAP, "urlset");
		claims.forEach(claim -> url(xml, urls.claim(claim.slug()), claim.updatedAt()));
		return xml.finish();
	}

	/** When anything in the reference last changed; the epoch for an empty database. */
	private Instant latestUpdate() {
		return Stream.of(this.queries.findLatestSourceUpdate(), this.queries.findLatestItemUpdate(),
				this.claims.findLatestClaimUpdate())
			.flatMap(Optional::stream)
			.max(Comparator.naturalOrder())
			.orElse(Instant.EPOCH);
	}

	/** The latest of several dates per slug; the first list decides which slugs there are and their order. */
	@SafeVarargs
	private static Map<String, Instant> latest(List<PageDate> pages, List<PageDate>... later) {
		Map<String, Instant> changed = new LinkedHashMap<>();
		pages.forEach(page -> changed.put(page.slug(), page.updatedAt()));
		for (List<PageDate> dates : later) {
			Map<String, Instant> byPage = new HashMap<>();
			dates.forEach(date -> byPage.put(date.slug(), date.updatedAt()));
			changed.replaceAll((slug, date) -> max(date, byPage.get(slug)));
		}
		return changed;
	}

	private static Instant max(Instant a, Instant b) {
		return (b == null || Objects.requireNonNull(a).isAfter(b)) ? a : b;
	}

	private static void sitemap(Xml xml, String loc, Instant lastmod) {
		xml.start("sitemap").element("loc", loc).element("lastmod", Xml.time(lastmod)).end();
	}

	private static void url(Xml xml, String loc, Instant lastmod) {
		xml.start("url").element("loc", loc);
		if (lastmod != null) {
			xml.element("lastmod", Xml.time(lastmod));
		}
		xml.end();
	}

}
