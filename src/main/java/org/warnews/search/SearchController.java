package org.warnews.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.warnews.search.SearchResult.Notice;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;

/** The search page: every outcome, bad input included, is a page that says what happened. */
@Responds(value = ResponseKind.SEARCH, lenientParameters = true)
@Controller
class SearchController {

	private final ClaimSearch search;

	SearchController(ClaimSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String page, Model model) {
		List<Notice> notices = new ArrayList<>();
		SearchRequest request = new SearchRequest(q, topic, actor, kind, SearchRequest.page(page, notices));
		SearchResult result = this.search.search(request, notices);
		model.addAttribute("result", result);
		// The header's search box shows the searched text as cleaned, never the raw parameter.
		model.addAttribute("searchQuery", result.searched());
		return "search/search";
	}

}
