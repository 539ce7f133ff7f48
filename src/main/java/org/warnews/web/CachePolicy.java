package org.warnews.web;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The Cache-Control of each kind of response. */
final class CachePolicy {

	static final String NO_STORE = "no-store";

	/** A fingerprinted asset never changes: its URL changes instead. */
	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	/** Keep serving a cached copy for a day if the site fails, rather than nothing. */
	private static final String STALE_IF_ERROR = ", stale-if-error=86400";

	/** The content hash that Spring's VersionResourceResolver puts in an asset's file name. */
	private static final Pattern FINGERPRINT = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z0-9]+$");

	private final Map<ResponseKind, String> cacheControl = new EnumMap<>(ResponseKind.class);

	CachePolicy(HttpProperties properties) {
		this.cacheControl.put(ResponseKind.PAGE, shared(properties.pageMaxAge()) + STALE_IF_ERROR);
		this.cacheControl.put(ResponseKind.SEARCH, shared(properties.searchMaxAge()));
		this.cacheControl.put(ResponseKind.API, shared(properties.apiMaxAge()) + STALE_IF_ERROR);
		this.cacheControl.put(ResponseKind.FEED, shared(properties.feedMaxAge()) + STALE_IF_ERROR);
		this.cacheControl.put(ResponseKind.ASSET, shared(properties.pageMaxAge()));
		this.cacheControl.put(ResponseKind.UNCACHED, NO_STORE);
	}

	/** For a successful response (or a redirect) of this kind. */
	String of(ResponseKind kind) {
		return this.cacheControl.get(kind);
	}

	/**
	 * For an asset: immutable when its name carries its content hash, short-lived when not. Spring's
	 * {@code spring.web.resources.cache.cachecontrol.*} gives every static file the same Cache-Control whatever its
	 * name, so it cannot say this.
	 */
	String ofAsset(String path) {
		return FINGERPRINT.matcher(path).matches() ? IMMUTABLE : of(ResponseKind.ASSET);
	}

	/**
	 * For a response that goes out without validators: an asset (unless it is an error, which must not be kept for
	 * a year), a redirect of a validated kind, and {@code no-store} for the rest (errors, probes, undeclared
	 * routes, and what could not be validated).
	 */
	String ofUnvalidated(ResponseKind kind, int status, String path, boolean validatable) {
		if (kind == ResponseKind.ASSET) {
			return status < 400 ? ofAsset(path) : NO_STORE;
		}
		return validatable && kind.validated() && status >= 300 && status < 400 ? of(kind) : NO_STORE;
	}

	private static String shared(Duration maxAge) {
		return "public, max-age=" + maxAge.toSeconds();
	}

}
