package org.warnews.api;

import java.util.List;

import org.warnews.claim.ClaimHistory;
import org.warnews.claim.QuoteLink;
import org.warnews.claim.SourceText;
import org.warnews.model.Actor;
import org.warnews.model.Claim;
import org.warnews.model.ClaimRelation.Related;
import org.warnews.model.Figure;
import org.warnews.model.Item;
import org.warnews.model.Source;
import org.warnews.model.Topic;
import org.warnews.web.meta.SiteUrls;

/** Turns entities into the API's JSON records, with absolute links to both the pages and the API resources. */
final class ApiJson {

	static final String BASE = "/api/v1";

	/** The OpenAPI tag of the sources and their items, which two controllers answer. */
	static final String SOURCES_TAG = "Sources";

	private final SiteUrls urls;

	ApiJson(SiteUrls urls) {
		this.urls = urls;
	}

	String api(String path) {
		return this.urls.of(BASE + path);
	}

	ActorRef actorRef(Actor actor) {
		return new ActorRef(actor.getSlug(), actor.getName(), actor.getKind().getCode(),
				this.urls.actor(actor.getSlug()), api("/actors/" + actor.getSlug()));
	}

	TopicRef topicRef(Topic topic) {
		return new TopicRef(topic.getSlug(), topic.getName(), this.urls.topic(topic.getSlug()),
				api("/topics/" + topic.getSlug()));
	}

	SourceRef sourceRef(Source source) {
		return new SourceRef(source.getSlug(), source.getHeadline(), source.getPublishedOn(), source.getSha256(),
				this.urls.source(source.getSlug()), api("/sources/" + source.getSlug()));
	}

	ItemRef itemRef(Item item) {
		return new ItemRef(item.getSlug(), item.getPosition(), item.getHeading(), this.urls.item(item.getSlug()),
				api("/items/" + item.getSlug()));
	}

	static SaidJson said(Claim claim) {
		return new SaidJson(claim.getSaidOn(), claim.getSaidOnPrecision().getCode(), claim.getSaidOnLabel(),
				claim.getSaidOnPhrase(), claim.getSaidOnInference());
	}

	/**
	 * A claim with everything it holds (its actor, item, source, topics and figures loaded) and its relations; with
	 * its version and corrections when they are given (read for one claim at a time).
	 */
	ClaimJson claim(Claim claim, List<Related> relations, Integer version, List<ClaimHistory.Correction> corrections) {
		Source source = claim.getItem().getSource();
		String body = source.getBody();
		QuoteJson quote = new QuoteJson(claim.getQuote(), claim.isDirectQuote(), claim.getQuoteStart(),
				claim.getQuoteEnd(), SourceText.paragraphNumber(body, claim.getQuoteStart()),
				this.urls.sourceText(source.getSlug()) + "#"
						+ QuoteLink.fragment(body, claim.getQuoteStart(), claim.getQuoteEnd()));
		return new ClaimJson(claim.getId(), claim.getSlug(), this.urls.claim(claim.getSlug()),
				this.urls.shortClaim(claim.getId()), api("/claims/" + claim.getSlug()), claim.getKind(),
				claim.getSummary(), actorRef(claim.getActor()), said(claim), claim.getVia(), quote, sourceRef(source),
				itemRef(claim.getItem()), claim.getTopics().stream().map(this::topicRef).toList(),
				claim.getFigures().stream().map(figure -> figure(figure, null)).toList(), claim.getUpdatedAt(), version,
				(corrections != null) ? corrections.stream().map(this::correction).toList() : null,
				relations.stream().map(this::relation).toList());
	}

	RelationJson relation(Related related) {
		return new RelationJson(related.type().getCode(), related.forward() ? "outgoing" : "incoming",
				related.wording(), claimRef(related.other()));
	}

	private CorrectionJson correction(ClaimHistory.Correction correction) {
		return new CorrectionJson(correction.changedAt(), correction.reason(), correction.replacedVersion(),
				this.urls.claim(correction.claimSlug()) + "/versions/" + correction.replacedVersion(),
				correction.changes()
					.stream()
					.map(change -> new CorrectionJson.Change(change.part(), change.before(), change.after()))
					.toList());
	}

	ClaimRef claimRef(Claim claim) {
		return new ClaimRef(claim.getId(), claim.getSlug(), claim.getSummary(), actorRef(claim.getActor()),
				said(claim), this.urls.claim(claim.getSlug()), api("/claims/" + claim.getSlug()));
	}

	FigureJson figure(Figure figure, ClaimRef claim) {
		return new FigureJson(figure.getId(), figure.getMetric(), figure.getMetricLabel(), figure.getValue(),
				figure.getQualifier(), figure.getValueLabel(), figure.getUnit(), figure.getCounted(),
				figure.getPeriodStart(), figure.getPeriodPhrase(), figure.getInference(), figure.getKind().getCode(),
				figure.getLow(), figure.getBest(), figure.getHigh(), figure.isApproximate(), figure.getShape().getCode(),
				figure.getPeriodEnd(), figure.getCumulative(), figure.getExcludes(), claim);
	}

	SourceJson source(Source source) {
		String slug = source.getSlug();
		return new SourceJson(slug, source.getHeadline(), source.getStandfirst(), source.getPublishedOn(),
				source.getSha256(), this.urls.source(slug), this.urls.sourceText(slug),
				this.urls.sourcePlainText(slug), api("/sources/" + slug),
				source.getItems().stream().map(this::itemRef).toList(), source.getUpdatedAt());
	}

	ItemJson item(Item item, List<ClaimJson> claims) {
		return new ItemJson(item.getSlug(), item.getPosition(), item.getHeading(), sourceRef(item.getSource()),
				item.getSpanStart(), item.getSpanEnd(), this.urls.item(item.getSlug()), api("/items/" + item.getSlug()),
				item.getUpdatedAt(), claims);
	}

	TopicJson topic(Topic topic, long claims) {
		return new TopicJson(topic.getSlug(), topic.getName(), topic.getDescription(), claims,
				this.urls.topic(topic.getSlug()), api("/topics/" + topic.getSlug()),
				api("/claims?topic=" + topic.getSlug()));
	}

	ActorJson actor(Actor actor, long claims) {
		return new ActorJson(actor.getSlug(), actor.getName(), actor.getKind().getCode(), actor.getDescription(),
				actor.getAliases(), claims, this.urls.actor(actor.getSlug()), api("/actors/" + actor.getSlug()),
				api("/claims?actor=" + actor.getSlug()));
	}

}
