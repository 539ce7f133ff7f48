package org.warnews.timeline;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.warnews.actor.ActorRepository;
import org.warnews.claim.ClaimRepository;
import org.warnews.model.Actor;
import org.warnews.model.Claim;
import org.warnews.model.DateRange;
import org.warnews.model.Topic;
import org.warnews.topic.TopicRepository;
import org.warnews.web.NotFoundException;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.meta.SiteUrls;
import org.warnews.web.paging.PageSizes;
import org.warnews.web.paging.Pager;

/**
 * The timeline, {@code /timeline}: claims in the order they were said, newest first, grouped by month, each date
 * written with its precision; filtered by claimant, topic, kind and a range of days, and paged like the other lists.
 * A claimant or topic that does not exist answers 404; days that cannot be read answer 400 with the page and what is
 * wrong with them.
 */
@Controller
@Responds(ResponseKind.PAGE)
class TimelineController {

	private final ClaimRepository claims;

	private final ActorRepository actors;

	private final TopicRepository topics;

	private final PageSizes sizes;

	TimelineController(ClaimRepository claims, ActorRepository actors, TopicRepository topics, PageSizes sizes) {
		this.claims = claims;
		this.actors = actors;
		this.topics = topics;
		this.sizes = sizes;
	}

	@GetMapping(TimelineFilter.PATH)
	String timeline(@RequestParam(required = false) String actor, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Integer page, Model model,
			SiteUrls urls, HttpServletResponse response) {
		Pageable request = Pager.request(page, this.sizes.getClaims());
		List<Actor> allActors = this.actors.findAllByOrderByName();
		List<Topic> allTopics = this.topics.findAllByOrderByName();
		model.addAttribute("actors", allActors);
		model.addAttribute("topics", allTopics);
		model.addAttribute("kinds", Claim.KINDS);
		DateRange dates;
		try {
			dates = DateRange.parse(from, to);
		}
		catch (DateRange.Invalid ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("filter", new TimelineFilter(actor, topic, kind, DateRange.ANY));
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("months", List.of());
			return "timeline/timeline";
		}
		TimelineFilter filter = new TimelineFilter(actor, topic, kind, dates);
		Actor claimant = (filter.actor() != null) ? this.actors.findBySlug(filter.actor())
			.orElseThrow(() -> new NotFoundException("claimant")) : null;
		Topic onTopic = (filter.topic() != null) ? this.topics.findBySlug(filter.topic())
			.orElseThrow(() -> new NotFoundException("topic")) : null;
		if (filter.kind() != null && !Claim.KINDS.contains(filter.kind())) {
			throw new NotFoundException("kind of claim");
		}
		Page<Integer> ids = this.claims.findTimelineIds(filter.topic(), filter.actor(), filter.kind(), dates.from(),
				dates.to(), request);
		Pager pager = Pager.of(filter.href(), ids, model);
		model.addAttribute("filter", filter);
		model.addAttribute("claimant", claimant);
		model.addAttribute("topic", onTopic);
		model.addAttribute("months", TimelineMonth.of(this.claims.findInOrder(ids.getContent())));
		// A filtered timeline is a page of its own (a claimant's timeline is linked from the claimant's page).
		model.addAttribute("canonicalUrl", urls.of(pager.href(pager.number())));
		return "timeline/timeline";
	}

}
