package org.warnews.actor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.warnews.claim.ClaimCount;
import org.warnews.claim.ClaimRepository;
import org.warnews.model.Actor;
import org.warnews.model.Claim;
import org.warnews.web.NotFoundException;
import org.warnews.web.paging.PageSizes;
import org.warnews.web.paging.Pager;

import static org.warnews.web.Slugs.SLUG;

@Controller
class ActorController {

	private final ActorRepository actors;

	private final ClaimRepository claims;

	private final PageSizes sizes;

	ActorController(ActorRepository actors, ClaimRepository claims, PageSizes sizes) {
		this.actors = actors;
		this.claims = claims;
		this.sizes = sizes;
	}

	@GetMapping("/actors")
	String actors(Model model) {
		model.addAttribute("actors", this.actors.findAllByOrderByName());
		model.addAttribute("counts", ClaimCount.bySlug(this.claims.countByActor()));
		return "actor/actors";
	}

	/** The actor's claims, a page at a time, newest first: page 1 at the bare address, then {@code ?page=N}. */
	@GetMapping("/actors/" + SLUG)
	String actor(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
		Pageable request = Pager.request(page, this.sizes.getClaims());
		Actor actor = this.actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("actor"));
		Page<Claim> claims = this.claims.pageByActor(actor, request);
		Pager.of("/actors/" + slug, claims, model);
		model.addAttribute("actor", actor);
		model.addAttribute("claims", claims.getContent());
		return "actor/actor";
	}

}
