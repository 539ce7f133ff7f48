package org.warnews.actor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import org.warnews.claim.ClaimRepository;
import org.warnews.claim.NamedEntityController;
import org.warnews.model.Actor;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.paging.PageSizes;

/** The claimants, at {@code /actors}, and each claimant's claims. */
@Responds(ResponseKind.PAGE)
@Controller
@RequestMapping("/actors")
class ActorController extends NamedEntityController<Actor> {

	ActorController(ActorRepository actors, ClaimRepository claims, PageSizes sizes) {
		super("actor", actors::findAllByOrderByName, actors::findBySlug, claims::countByActor, claims::pageByActor,
				sizes);
	}

}
