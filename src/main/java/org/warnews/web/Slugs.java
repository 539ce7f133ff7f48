package org.warnews.web;

/** URL patterns for slugs: anything else is answered 404 before any database work. */
public final class Slugs {

	public static final String SLUG = "{slug:[a-z0-9][a-z0-9-]{0,119}}";

	private Slugs() {
	}

}
