package org.warnews.discovery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.warnews.claim.Attribution;
import org.warnews.claim.ClaimHistory;
import org.warnews.claim.ClaimRepository;
import org.warnews.model.Claim;
import org.warnews.model.Item;
import org.warnews.model.Topic;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.meta.SiteUrls;

/**
 * The Atom feed of new and changed claims and items, newest first. Entry ids are name-based UUIDs of the record's
 * database id, so they stay the same when a claim's slug or the site's host changes; {@code updated} is when the
 * record last changed (see migration V20).
 */
@Responds(ResponseKind.FEED)
@RestController
class FeedController {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	/** The feed carries the newest entries; the sitemap and the API list everything. */
	static final int ENTRIES = 200;

	private final ClaimRepository claims;

	private final DiscoveryQueries queries;

	private final MessageSource messages;

	private final ClaimHistory history;

	FeedController(ClaimRepository claims, DiscoveryQueries queries, MessageSource messages, ClaimHistory history) {
		this.claims = claims;
		this.queries = queries;
		this.messages = messages;
		this.history = history;
	}

	private record Entry(String id, Instant updated, Function<Xml, Xml> body) {
	}

	@GetMapping(path = "/feed.atom", produces = "application/atom+xml;charset=UTF-8")
	String feed(SiteUrls urls) {
		List<Entry> entries = new ArrayList<>();
		List<Integer> ids = this.claims.findNewestClaimIds(Limit.of(ENTRIES));
		Map<Integer, Claim> claims = this.claims.findWithTopicsByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Claim::getId, Function.identity()));
		Map<Integer, String> corrected = this.history.latestReasons(ids);
		ids.stream().map(claims::get).forEach(claim -> entries.add(claimEntry(claim, corrected.get(claim.getId()), urls)));
		this.queries.findNewestItems(Limit.of(ENTRIES)).forEach(item -> entries.add(itemEntry(item, urls)));
		entries.sort(Comparator.comparing(Entry::updated).reversed()); // stable: ties keep claims first, newest id first
		List<Entry> newest = entries.subList(0, Math.min(ENTRIES, entries.size()));

		Xml xml = new Xml(ATOM, "feed");
		xml.element("id", uuid("feed"))
			.element("title", message("feed.title"))
			.element("subtitle", message("site.tagline"))
			.element("updated", Xml.time(newest.isEmpty() ? Instant.EPOCH : newest.get(0).updated()))
			.empty("link", "rel", "self", "type", "application/atom+xml", "href", urls.of("/feed.atom"))
			.empty("link", "rel", "alternate", "type", "text/html", "href", urls.home())
			.start("author").element("name", message("site.name")).element("uri", urls.home()).end();
		for (Entry entry : newest) {
			xml.start("entry").element("id", entry.id()).element("updated", Xml.time(entry.updated()));
			entry.body().apply(xml).end();
		}
		return xml.finish();
	}

	/**
	 * A claim, always introduced by who claims it: the feed never states a claim as fact. A corrected claim comes
	 * back as an updated entry that says why it was corrected.
	 */
	private Entry claimEntry(Claim claim, String correction, SiteUrls urls) {
		String attribution = message("attribution." + claim.getActor().getKind().getCode(), claim.getActor().getName());
		String corrected = (correction != null) ? "Corrected on " + claim.getUpdatedAtLabel() + ": " + correction + " " : "";
		String summary = corrected + "Said " + claim.getSaidOnLabel() + "; reported in "
				+ Attribution.article(claim.getItem().getSource()) + ". "
				+ (claim.isDirectQuote() ? "Quote: “" : "Source passage: “") + claim.getQuote() + "”";
		return new Entry(uuid("claim:" + claim.getId()), claim.getUpdatedAt(), xml -> {
			xml.element("title", attribution + ": " + claim.getSummary())
				.empty("link", "rel", "alternate", "type", "text/html", "href", urls.claim(claim.getSlug()));
			for (Topic topic : claim.getTopics()) {
				xml.empty("category", "term", topic.getSlug(), "label", topic.getName(), "scheme", urls.of("/topics/"));
			}
			return xml.element("summary", summary);
		});
	}

	private Entry itemEntry(Item item, SiteUrls urls) {
		String summary = "An item of “" + item.getSource().getHeadline() + "”, published "
				+ item.getSource().getPublishedOnLabel() + ", with the claims it reports.";
		return new Entry(uuid("item:" + item.getId()), item.getUpdatedAt(),
				xml -> xml.element("title", item.getHeading())
					.empty("link", "rel", "alternate", "type", "text/html", "href", urls.item(item.getSlug()))
					.element("summary", summary));
	}

	/** A stable, globally unique id for a record, independent of its slug and of the host serving it. */
	static String uuid(String name) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(("war-news-reference:" + name).getBytes(StandardCharsets.UTF_8));
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.UK);
	}

}
