package org.warnews.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.warnews.model.DateRange;
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
			@RequestParam(required = false) String page, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model, HttpServletResponse response) {
		List<Notice> notices = new ArrayList<>();
		SearchResult result;
		try {
			SearchRequest request = new SearchRequest(q, topic, actor, kind, SearchRequest.page(page, notices),
					DateRange.parse(from, to));
			result = this.search.search(request, notices);
		}
		catch (DateRange.Invalid ex) {
			// Searching without the dates asked for would answer another question: say what is wrong instead.
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			notices.add(new Notice("search.notice.dates", ex.getMessage()));
			result = this.search.refused(new SearchRequest(q, topic, actor, kind, 1), notices, "search.problem.dates");
		}
		model.addAttribute("result", result);
		// The header's search box shows the searched text as cleaned, never the raw parameter.
		model.addAttribute("searchQuery", result.searched());
		return "search/search";
	}

}
