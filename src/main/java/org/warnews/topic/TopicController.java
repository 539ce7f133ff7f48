package org.warnews.topic;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.warnews.claim.ClaimCount;
import org.warnews.claim.ClaimRepository;
import org.warnews.model.Claim;
import org.warnews.model.Topic;
import org.warnews.web.NotFoundException;
import org.warnews.web.paging.PageSizes;
import org.warnews.web.paging.Pager;

import static org.warnews.web.Slugs.SLUG;

@Controller
class TopicController {

	private final TopicRepository topics;

	private final ClaimRepository claims;

	private final PageSizes sizes;

	TopicController(TopicRepository topics, ClaimRepository claims, PageSizes sizes) {
		this.topics = topics;
		this.claims = claims;
		this.sizes = sizes;
	}

	@GetMapping("/topics")
	String topics(Model model) {
		model.addAttribute("topics", this.topics.findAllByOrderByName());
		model.addAttribute("counts", ClaimCount.bySlug(this.claims.countByTopic()));
		return "topic/topics";
	}

	/** The topic's claims, a page at a time, newest first: page 1 at the bare address, then {@code ?page=N}. */
	@GetMapping("/topics/" + SLUG)
	String topic(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
		Pageable request = Pager.request(page, this.sizes.getClaims());
		Topic topic = this.topics.findBySlug(slug).orElseThrow(() -> new NotFoundException("topic"));
		Page<Claim> claims = this.claims.pageByTopic(topic, request);
		Pager.of("/topics/" + slug, claims, model);
		model.addAttribute("topic", topic);
		model.addAttribute("claims", claims.getContent());
		return "topic/topic";
	}

}
