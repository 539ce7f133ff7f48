package org.warnews.web;

/**
 * The kinds of response the site gives, each with its own caching rules. A route declares its kind with
 * {@link Responds}; static files are {@link #ASSET}s; a handler that declares nothing is {@link #UNCACHED}.
 */
public enum ResponseKind {

	/** HTML pages and other documents: validated by the content version and kept rendered on the server. */
	PAGE('p', true, true),

	/**
	 * Search results: validated and kept like pages, since a search depends only on its address and the content. A
	 * repeated search is then answered without the database; the store's admission policy keeps the endless one-off
	 * queries from pushing out what is asked for often. Its own kind for its shorter Cache-Control.
	 */
	SEARCH('s', true, true),

	/** The read-only JSON API: validated and kept. */
	API('a', true, true),

	/** Atom feeds, sitemaps and other XML: validated and kept. */
	FEED('f', true, true),

	/** CSS, scripts, images and fonts: fingerprinted and immutable, served by Spring's resource handling. */
	ASSET('r', false, false),

	/**
	 * Answered afresh every time and stored nowhere ({@code no-store}): the liveness and readiness probes, and any
	 * handler that does not declare its kind, since nothing tells that its answer depends only on the content.
	 */
	UNCACHED('u', false, false);

	/** Not {@code values()}, which copies the array on each call: a tag is read on every conditional request. */
	private static final ResponseKind[] KINDS = values();

	private final char code;

	private final boolean validated;

	private final boolean kept;

	ResponseKind(char code, boolean validated, boolean kept) {
		this.code = code;
		this.validated = validated;
		this.kept = kept;
	}

	/** Whether responses carry an ETag and Last-Modified derived from the content version. */
	boolean validated() {
		return this.validated;
	}

	/** Whether a rendered response is kept in the server's bounded cache. */
	boolean kept() {
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

}
