package org.warnews.actor;

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
class ActorController {

	private final ActorRepository actors;

	private final ClaimRepository claims;

	ActorController(ActorRepository actors, ClaimRepository claims) {
		this.actors = actors;
		this.claims = claims;
	}

	@GetMapping("/actors")
	String actors(Model model) {
		Map<String, Long> counts = this.claims.countByActor()
			.stream()
			.collect(Collectors.toMap(ClaimCount::slug, ClaimCount::claims));
		model.addAttribute("actors", this.actors.findAllByOrderByName());
		model.addAttribute("counts", counts);
		return "actor/actors";
	}

	@GetMapping("/actors/" + SLUG)
	String actor(@PathVariable String slug, Model model) {
		Actor actor = this.actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("actor"));
		model.addAttribute("actor", actor);
		model.addAttribute("claims", this.claims.findByActor(actor));
		return "actor/actor";
	}

}
