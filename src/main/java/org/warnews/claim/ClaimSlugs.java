package org.warnews.claim;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.view.RedirectView;

import org.warnews.model.Claim;
import org.warnews.web.NotFoundException;

/**
 * Finds a claim by the slug in an address. A renamed claim keeps its old slugs (table slug_redirect), and every
 * address made from an old slug answers 301 to the same address with the current one, so that links once shared
 * keep working: the claim's page, its citation files and its API resource alike.
 */
@Component
public class ClaimSlugs {

	private final ClaimRepository claims;

	ClaimSlugs(ClaimRepository claims) {
		this.claims = claims;
	}

	/**
	 * {@code found} applied to the claim with this slug; for an old slug, {@code renamed} applied to the claim's
	 * current slug; 404 when there is neither.
	 */
	public <T> T find(String slug, Function<Claim, T> found, Function<String, T> renamed) {
		Optional<Claim> claim = this.claims.findBySlug(slug);
		if (claim.isPresent()) {
			return found.apply(claim.get());
		}
		return renamed.apply(this.claims.findCurrentSlug(slug).orElseThrow(() -> new NotFoundException("claim")));
	}

	/** A 301 to {@code location}, for an address made from an old slug. */
	public static <T> ResponseEntity<T> movedTo(String location) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(location)).build();
	}

	/** A 301 to the page of the claim with this slug, as a path on this site. */
	static RedirectView movedToPage(String slug) {
		RedirectView redirect = new RedirectView("/claims/" + slug, true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return redirect;
	}

}
