package org.warnews.claim;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import org.warnews.model.Claim;
import org.warnews.web.meta.SiteUrls;

/** Makes a claim's citation: of its current version, accessed today (UTC). */
@Component
class Citations {

	private final ClaimHistory history;

	private final Clock clock = Clock.systemUTC();

	Citations(ClaimHistory history) {
		this.history = history;
	}

	Citation of(Claim claim, SiteUrls urls) {
		return new Citation(claim, urls.claim(claim.getSlug()), this.history.currentVersion(claim),
				LocalDate.now(this.clock));
	}

}
