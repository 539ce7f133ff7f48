package org.warnews.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.warnews.actor.ActorRepository;
import org.warnews.claim.ClaimCount;
import org.warnews.claim.ClaimRepository;
import org.warnews.topic.TopicRepository;
import org.warnews.web.NotFoundException;

import static org.warnews.web.Slugs.SLUG;

@Tag(name = "Topics and claimants", description = "What claims are about, and who makes them")
@ApiController
class TopicApiController {

	private final TopicRepository topics;

	private final ActorRepository actors;

	private final ClaimRepository claims;

	TopicApiController(TopicRepository topics, ActorRepository actors, ClaimRepository claims) {
		this.topics = topics;
		this.actors = actors;
		this.claims = claims;
	}

	@Operation(summary = "Every topic, by name, with its number of claims")
	@GetMapping("/topics")
	TopicList topics(ApiJson json) {
		Map<String, Long> counts = ClaimCount.bySlug(this.claims.countByTopic());
		return new TopicList(this.topics.findAllByOrderByName()
			.stream()
			.map(topic -> json.topic(topic, counts.getOrDefault(topic.getSlug(), 0L)))
			.toList());
	}

	@Operation(summary = "One topic")
	@GetMapping("/topics/" + SLUG)
	TopicJson topic(@PathVariable String slug, ApiJson json) {
		var topic = this.topics.findBySlug(slug).orElseThrow(() -> new NotFoundException("topic"));
		return json.topic(topic, this.claims.countInTopic(topic.getId()));
	}

	@Operation(summary = "Every claimant, by name, with its number of claims")
	@GetMapping("/actors")
	ActorList actors(ApiJson json) {
		Map<String, Long> counts = ClaimCount.bySlug(this.claims.countByActor());
		return new ActorList(this.actors.findAllByOrderByName()
			.stream()
			.map(actor -> json.actor(actor, counts.getOrDefault(actor.getSlug(), 0L)))
			.toList());
	}

	@Operation(summary = "One claimant")
	@GetMapping("/actors/" + SLUG)
	ActorJson actor(@PathVariable String slug, ApiJson json) {
		var actor = this.actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("actor"));
		return json.actor(actor, this.claims.countOfActor(actor));
	}

}
