package org.warnews.claim;

/** How many claims are filed under a topic or made by an actor, keyed by its slug. */
public record ClaimCount(String slug, long claims) {
}
