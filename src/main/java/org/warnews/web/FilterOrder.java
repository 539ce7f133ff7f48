package org.warnews.web;

import org.springframework.core.Ordered;

/**
 * The order of everything that runs around the site's handlers, all in one place, first to last:
 * <ol>
 * <li>Tomcat's valves, before any servlet filter: {@link ContainerErrorValve} in the host's pipeline (errors Tomcat
 * answers itself), then {@link CachedPageValve} in the context's (what the page cache holds, for an address without
 * a query, with the request id and security headers it adds itself). They are the only valves the app adds, one in
 * each pipeline, so they need no number.</li>
 * <li>The servlet filters, by the numbers below. Spring Boot's own come among them: the character encoding filter at
 * {@code HIGHEST_PRECEDENCE}, like the request id (neither depends on the other), and the observation filter that
 * times requests at {@code HIGHEST_PRECEDENCE + 1}.</li>
 * <li>Spring MVC's handler interceptors, once the handler is known and before it runs, by the numbers at the end.</li>
 * </ol>
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

	/** Last filter: 304s and kept responses before any handler; what it keeps has passed every check above. */
	public static final int HTTP_CACHING = Ordered.HIGHEST_PRECEDENCE + 40;

	/** First interceptor: what the handler declares about its response, which the rest read. */
	static final int DECLARED_RESPONSE = 0;

	/** Bounds on the query string, page numbers and sizes, before the handler does any work. */
	static final int INPUT_LIMITS = 10;

	/** While the database is down, 503 at once for a handler that would need it. */
	static final int DATABASE_OUTAGE = 20;

	/** Canonical links for the page's head ({@code web.meta}). */
	public static final int CANONICAL_URL = 30;

	private FilterOrder() {
	}

}
