package org.warnews.claim;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

import org.warnews.web.NotFoundException;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;

/**
 * The short permanent URL of a claim, {@code /c/{id}}: the id never changes, even when the claim's slug does, so
 * this link outlives any rename. It answers 301 to the claim's canonical page.
 */
@Responds(ResponseKind.PAGE)
@Controller
class ShortLinkController {

	private final ClaimRepository claims;

	ShortLinkController(ClaimRepository claims) {
		this.claims = claims;
	}

	@GetMapping("/c/{id:[1-9][0-9]{0,9}}")
	RedirectView claim(@PathVariable long id) {
		if (id > Integer.MAX_VALUE) {
			throw new NotFoundException("claim");
		}
		String slug = this.claims.findSlugById((int) id).orElseThrow(() -> new NotFoundException("claim"));
		return ClaimSlugs.movedToPage(slug);
	}

}
