package org.warnews.topic;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.warnews.claim.ClaimCount;
import org.warnews.claim.ClaimRepository;
import org.warnews.web.NotFoundException;

import static org.warnews.web.Slugs.SLUG;

@Controller
class TopicController {

	private final TopicRepository topics;

	private final ClaimRepository claims;

	TopicController(TopicRepository topics, ClaimRepository claims) {
		this.topics = topics;
		this.claims = claims;
	}

	@GetMapping("/topics")
	String topics(Model model) {
		Map<String, Long> counts = this.claims.countByTopic()
			.stream()
			.collect(Collectors.toMap(ClaimCount::slug, ClaimCount::claims));
		model.addAttribute("topics", this.topics.findAllByOrderByName());
		model.addAttribute("counts", counts);
		return "topic/topics";
	}

	@GetMapping("/topics/" + SLUG)
	String topic(@PathVariable String slug, Model model) {
		Topic topic = this.topics.findBySlug(slug).orElseThrow(() -> new NotFoundException("topic"));
		model.addAttribute("topic", topic);
		model.addAttribute("claims", this.claims.findByTopic(topic));
		return "topic/topic";
	}

}
