package org.warnews.web;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kinds of response the site gives, told apart by their URL alone (before any work), each with its own
 * caching rules. New routes fall into a kind by their address: anything under {@code /api/} is API, a path
 * ending in {@code .atom} or {@code .xml} is a feed, and so on; the rest are pages.
 */
enum ResponseKind {

	/** HTML pages: validated by the content version and kept rendered on the server. */
	PAGE(true, true),

	/** Search results: validated, but not kept on the server (queries are endless; the database answers them). */
	SEARCH(true, false),

	/** The read-only JSON API: validated and kept. */
	API(true, true),

	/** Atom feeds, sitemaps and other XML: validated and kept. */
	FEED(true, true),

	/** CSS, scripts, images and fonts: fingerprinted and immutable, served by Spring's resource handling. */
	ASSET(false, false),

	/** Liveness and readiness probes ({@code /livez}, {@code /readyz}): never cached anywhere. */
	PROBE(false, false);

	private static final Set<String> ASSET_EXTENSIONS = Set.of("css", "js", "mjs", "map", "png", "jpg", "jpeg", "gif",
			"svg", "ico", "webp", "avif", "woff", "woff2");

	private static final Set<String> FEED_EXTENSIONS = Set.of("atom", "rss", "xml");

	/** The content hash that Spring's VersionResourceResolver puts in an asset's file name. */
	private static final Pattern FINGERPRINT = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z0-9]+$");

	private final boolean validated;

	private final boolean kept;

	ResponseKind(boolean validated, boolean kept) {
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

	static ResponseKind of(String path) {
		if (path.equals("/livez") || path.equals("/readyz")) {
			return PROBE;
		}
		if (path.equals("/search") || path.startsWith("/search/")
				|| (path.startsWith("/api/") && path.contains("/search"))) {
			return SEARCH;
		}
		if (path.startsWith("/api/")) {
			return API;
		}
		String extension = extension(path);
		if (ASSET_EXTENSIONS.contains(extension)) {
			return ASSET;
		}
		if (FEED_EXTENSIONS.contains(extension) || path.equals("/feed") || path.startsWith("/feed/")) {
			return FEED;
		}
		return PAGE;
	}

	static boolean fingerprinted(String path) {
		return FINGERPRINT.matcher(path).matches();
	}

	private static String extension(String path) {
		int slash = path.lastIndexOf('/');
		int dot = path.lastIndexOf('.');
		return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
	}

}
