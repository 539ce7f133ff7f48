package org.warnews.claim;

import java.time.Instant;

/** A page's slug and when its content last changed. */
public record PageDate(String slug, Instant updatedAt) {
}
