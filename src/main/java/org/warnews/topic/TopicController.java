package org.warnews.topic;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import org.warnews.claim.ClaimRepository;
import org.warnews.claim.NamedEntityController;
import org.warnews.model.Topic;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.paging.PageSizes;

/** The topics, at {@code /topics}, and each topic's claims. */
@Responds(ResponseKind.PAGE)
@Controller
@RequestMapping("/topics")
class TopicController extends NamedEntityController<Topic> {

	TopicController(TopicRepository topics, ClaimRepository claims, PageSizes sizes) {
		super("topic", topics::findAllByOrderByName, topics::findBySlug, claims::countByTopic, claims::pageByTopic,
				sizes);
	}

}
