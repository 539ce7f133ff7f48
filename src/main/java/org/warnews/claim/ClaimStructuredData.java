package org.warnews.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.warnews.model.Actor;
import org.warnews.model.Claim;
import org.warnews.model.ClaimRelation.Related;
import org.warnews.model.RelationType;
import org.warnews.web.meta.SiteUrls;

/**
 * A claim as schema.org data: a {@code Claim} whose author is the claimant and whose appearance is the article
 * that reported it, plus a {@code Quotation} when the quote is the claimant's own words. {@code datePublished}
 * is given only when the date is known to the day, month or year; a date known only as "on or before" or
 * "about" has no schema.org form and is left out rather than stated more precisely than the source allows.
 */
final class ClaimStructuredData {

	private ClaimStructuredData() {
	}

	static Map<String, Object> page(Claim claim, List<Related> relations, SiteUrls urls) {
		String url = urls.claim(claim.getSlug());
		Map<String, Object> article = SourceStructuredData.newsArticle(claim.getItem().getSource(), urls);
		Map<String, Object> author = author(claim.getActor(), urls);

		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@type", "Claim");
		node.put("@id", url);
		node.put("url", url);
		node.put("sameAs", urls.shortClaim(claim.getId()));
		node.put("identifier", claim.getId());
		node.put("name", claim.getSummary());
		node.put("author", author);
		String date = datePublished(claim);
		if (date != null) {
			node.put("datePublished", date);
		}
		// The version of the claim this page shows: its last change, a correction or its first publication.
		node.put("dateModified", claim.getUpdatedAt().toString());
		node.put("appearance", article);
		node.put("firstAppearance", Map.of("@id", article.get("@id")));
		if (!claim.getTopics().isEmpty()) {
			node.put("about", claim.getTopics()
				.stream()
				.map(topic -> {
					Map<String, Object> thing = new LinkedHashMap<>();
					thing.put("@type", "Thing");
					thing.put("name", topic.getName());
					thing.put("url", urls.topic(topic.getSlug()));
					return thing;
				})
				.toList());
		}

		relations(node, relations, urls);

		List<Object> graph = new ArrayList<>(List.of(node));
		if (claim.isDirectQuote()) {
			Map<String, Object> quotation = new LinkedHashMap<>();
			quotation.put("@type", "Quotation");
			quotation.put("@id", url + "#quote");
			quotation.put("text", claim.getQuote());
			quotation.put("spokenByCharacter", Map.of("@id", author.get("@id")));
			quotation.put("isPartOf", Map.of("@id", article.get("@id")));
			quotation.put("about", Map.of("@id", url));
			graph.add(quotation);
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", "https://schema.org");
		document.put("@graph", graph);
		return document;
	}

	/**
	 * schema.org defines no relations between claims. Two of ours have an honest reading in it, from the claim that
	 * carries them: a claim that restates another is based on it ({@code isBasedOn}, e.g. a paraphrase of a direct
	 * quote), and one that characterises another refers to it ({@code citation}). Supports, disputes and updates
	 * have none (schema.org's Claim and ClaimReview rate claims; they do not join them), nor have the inverse
	 * directions: those are left out of the structured data and shown on the page only.
	 */
	private static void relations(Map<String, Object> node, List<Related> relations, SiteUrls urls) {
		Map<RelationType, String> properties = Map.of(RelationType.RESTATES, "isBasedOn", RelationType.CHARACTERISES,
				"citation");
		for (Related related : relations) {
			String property = properties.get(related.type());
			if (related.forward() && property != null) {
				@SuppressWarnings("unchecked")
				List<Object> targets = (List<Object>) node.computeIfAbsent(property, name -> new ArrayList<>());
				Map<String, Object> target = new LinkedHashMap<>();
				target.put("@type", "Claim");
				target.put("@id", urls.claim(related.other().getSlug()));
				target.put("name", related.other().getSummary());
				targets.add(target);
			}
		}
	}

	private static Map<String, Object> author(Actor actor, SiteUrls urls) {
		Map<String, Object> author = new LinkedHashMap<>();
		author.put("@type", switch (actor.getKind()) {
			case PERSON -> "Person";
			case STATE -> "GovernmentOrganization";
			case PUBLICATION -> "NewsMediaOrganization";
			case ORGANISATION -> "Organization";
		});
		author.put("@id", urls.actor(actor.getSlug()));
		author.put("name", actor.getName());
		author.put("url", urls.actor(actor.getSlug()));
		if (!actor.getAliases().isEmpty()) {
			author.put("alternateName", actor.getAliases());
		}
		return author;
	}

	/** ISO 8601 at the precision the source gives: "2025-06-12", "2022-02", "2025"; otherwise none. */
	static String datePublished(Claim claim) {
		return switch (claim.getSaidOnPrecision()) {
			case DAY -> claim.getSaidOn().toString();
			case MONTH -> claim.getSaidOn().toString().substring(0, 7);
			case YEAR -> String.valueOf(claim.getSaidOn().getYear());
			case APPROXIMATE, ON_OR_BEFORE -> null;
		};
	}

}
