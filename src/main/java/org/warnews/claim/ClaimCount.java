package org.warnews.claim;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How many claims are filed under a topic or made by an actor, keyed by its slug. */
public record ClaimCount(String slug, long claims) {

	/** The counts by slug, for looking up each topic's or claimant's. */
	public static Map<String, Long> bySlug(List<ClaimCount> counts) {
		return counts.stream().collect(Collectors.toMap(ClaimCount::slug, ClaimCount::claims));
	}

}
