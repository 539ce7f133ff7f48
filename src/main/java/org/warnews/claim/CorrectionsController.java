package org.warnews.claim;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

import org.warnews.model.Claim;
import org.warnews.web.NotFoundException;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.paging.Pager;

import static org.warnews.web.Slugs.SLUG;

/**
 * The corrections log, {@code /corrections}: every change to a published claim, newest first, with what changed and
 * why; and each earlier version of a claim at its own address, so that a citation of it stays readable.
 */
@Responds(ResponseKind.PAGE)
@Controller
class CorrectionsController {

	private static final int PAGE_SIZE = 50;

	private final ClaimHistory history;

	private final ClaimSlugs slugs;

	CorrectionsController(ClaimHistory history, ClaimSlugs slugs) {
		this.history = history;
		this.slugs = slugs;
	}

	@GetMapping("/corrections")
	String corrections(@RequestParam(required = false) Integer page, Model model) {
		Pageable request = Pager.request(page, PAGE_SIZE);
		List<ClaimHistory.Correction> corrections = this.history.newest((int) request.getOffset(), PAGE_SIZE);
		Pager.of("/corrections", new PageImpl<>(corrections, request, this.history.count()), model);
		model.addAttribute("corrections", corrections);
		model.addAttribute("claimants", (request.getPageNumber() == 0) ? this.history.claimants() : List.of());
		return "claim/corrections";
	}

	/**
	 * Version {@code number} of a claim as it read before a correction; the current version is the claim's page (a
	 * temporary redirect: it is current only until the next correction). An old slug answers 301.
	 */
	@Responds(value = ResponseKind.PAGE, daily = true)
	@GetMapping("/claims/" + SLUG + "/versions/{number:[1-9][0-9]{0,5}}")
	Object version(@PathVariable String slug, @PathVariable int number, Model model) {
		return this.slugs.find(slug, claim -> version(claim, number, model),
				current -> redirect("/claims/" + current + "/versions/" + number, HttpStatus.MOVED_PERMANENTLY));
	}

	private Object version(Claim claim, int number, Model model) {
		int current = this.history.currentVersion(claim);
		if (number == current) {
			return redirect("/claims/" + claim.getSlug(), HttpStatus.FOUND);
		}
		ClaimHistory.Version version = this.history.version(claim, number)
			.orElseThrow(() -> new NotFoundException("version"));
		model.addAttribute("claim", claim);
		model.addAttribute("version", version);
		model.addAttribute("current", current);
		return "claim/version";
	}

	private static RedirectView redirect(String path, HttpStatus status) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(status);
		return redirect;
	}

}
