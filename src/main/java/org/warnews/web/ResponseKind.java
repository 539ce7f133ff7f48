package org.warnews.web;

/**
 * The kinds of response the site gives, each with its own caching rules. A route declares its kind with
 * {@link Responds}; static files are {@link #ASSET}s; a handler that declares nothing is {@link #UNCACHED}.
 */
public enum ResponseKind {

	/** HTML pages and other documents: validated by the content version and kept rendered on the server. */
	PAGE('p', true, Kept.AT_ONCE),

	/**
	 * Search results: validated, and kept from the second time their address is asked for (a search depends only on
	 * its address and the content, so a repeated one is answered without the database; most are asked once, and
	 * keeping those would only churn the store). Its own kind also for its shorter Cache-Control.
	 */
	SEARCH('s', true, Kept.WHEN_ASKED_AGAIN),

	/** The read-only JSON API: validated and kept. */
	API('a', true, Kept.AT_ONCE),

	/** Atom feeds, sitemaps and other XML: validated and kept. */
	FEED('f', true, Kept.AT_ONCE),

	/** CSS, scripts, images and fonts: fingerprinted and immutable, served by Spring's resource handling. */
	ASSET('r', false, Kept.NEVER),

	/**
	 * Answered afresh every time and stored nowhere ({@code no-store}): the liveness and readiness probes, and any
	 * handler that does not declare its kind, since nothing tells that its answer depends only on the content.
	 */
	UNCACHED('u', false, Kept.NEVER);

	/** Not {@code values()}, which copies the array on each call: a tag is read on every conditional request. */
	private static final ResponseKind[] KINDS = values();

	private final char code;

	private final boolean validated;

	private final Kept kept;

	ResponseKind(char code, boolean validated, Kept kept) {
		this.code = code;
		this.validated = validated;
		this.kept = kept;
	}

	/** Whether responses carry an ETag and Last-Modified derived from the content version. */
	boolean validated() {
		return this.validated;
	}

	/** When a rendered response enters the server's bounded cache. */
	Kept kept() {
		return this.kept;
	}

	/** The letter that names this kind in an entity tag ({@link EntityTag}). */
	char code() {
		return this.code;
	}

	/** The validated kind of this letter, or {@code null}. */
	static ResponseKind validatedOf(char code) {
		for (ResponseKind kind : KINDS) {
			if (kind.code == code && kind.validated) {
				return kind;
			}
		}
		return null;
	}

	/** When a rendered 200 of a kind enters the server's store ({@link PageStore}). */
	enum Kept {

		NEVER, AT_ONCE, WHEN_ASKED_AGAIN

	}

}
