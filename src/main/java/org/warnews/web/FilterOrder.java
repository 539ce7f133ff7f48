package org.warnews.web;

import org.springframework.core.Ordered;

/**
 * The order of the site's servlet filters, all in one place, first to last. Spring Boot's own come among them: the
 * character encoding filter at {@code HIGHEST_PRECEDENCE}, like the request id (neither depends on the other), and
 * the observation filter that times requests at {@code HIGHEST_PRECEDENCE + 1}. {@link CachedPageValve} runs before
 * all of them, in Tomcat's pipeline, and adds the request id and security headers itself.
 */
public final class FilterOrder {

	/** An id for every log line of the request, before anything can log. */
	public static final int REQUEST_ID = Ordered.HIGHEST_PRECEDENCE;

	/** On every response, error pages included. */
	public static final int SECURITY_HEADERS = Ordered.HIGHEST_PRECEDENCE + 10;

	/** Search's lenient reading of broken query strings: before anything reads the parameters. */
	public static final int LENIENT_PARAMETERS = Ordered.HIGHEST_PRECEDENCE + 15;

	/** GET, HEAD and OPTIONS only. */
	public static final int ALLOWED_METHODS = Ordered.HIGHEST_PRECEDENCE + 20;

	/** The probes answer whatever the client accepts. */
	public static final int PROBES = Ordered.HIGHEST_PRECEDENCE + 22;

	/** The error page is not an address of its own. */
	public static final int DIRECT_ERROR_PATH = Ordered.HIGHEST_PRECEDENCE + 25;

	/** Bounds on the query string, page numbers and sizes, before any work. */
	public static final int INPUT_LIMITS = Ordered.HIGHEST_PRECEDENCE + 30;

	/** Last: what it keeps has passed every check above. */
	public static final int HTTP_CACHING = Ordered.HIGHEST_PRECEDENCE + 40;

	private FilterOrder() {
	}

}
