package org.warnews.web;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** The Cache-Control of each kind of response. */
final class CachePolicy {

	static final String NO_STORE = "no-store";

	/** A fingerprinted asset never changes: its URL changes instead. */
	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	/** Keep serving a cached copy for a day if the site fails, rather than nothing. */
	private static final String STALE_IF_ERROR = ", stale-if-error=86400";

	private final Map<ResponseKind, String> cacheControl = new EnumMap<>(ResponseKind.class);

	CachePolicy(HttpProperties properties) {
		this.cacheControl.put(ResponseKind.PAGE, shared(properties.pageMaxAge()) + STALE_IF_ERROR);
		this.cacheControl.put(ResponseKind.SEARCH, shared(properties.searchMaxAge()));
		this.cacheControl.put(ResponseKind.API, shared(properties.apiMaxAge()) + STALE_IF_ERROR);
		this.cacheControl.put(ResponseKind.FEED, shared(properties.feedMaxAge()) + STALE_IF_ERROR);
		this.cacheControl.put(ResponseKind.ASSET, shared(properties.pageMaxAge()));
		this.cacheControl.put(ResponseKind.PROBE, NO_STORE);
	}

	/** For a successful response (or a redirect) of this kind. */
	String of(ResponseKind kind) {
		return this.cacheControl.get(kind);
	}

	/** For an asset: immutable when its name carries its content hash, short-lived when not. */
	String ofAsset(String path) {
		return ResponseKind.fingerprinted(path) ? IMMUTABLE : of(ResponseKind.ASSET);
	}

	private static String shared(Duration maxAge) {
		return "public, max-age=" + maxAge.toSeconds();
	}

}
