package org.warnews.web;

import java.util.Locale;
import java.util.Set;

import org.springframework.cache.Cache;

/**
 * The server-side store of rendered 200 responses, by the hash of their entity tag: bounded (Caffeine, whose admission policy
 * keeps one-off URLs from pushing out the popular ones), and served without touching the database, so that kept
 * pages stay up while the database is down. Only 200s are kept, so unknown slugs cannot fill it.
 */
final class PageStore {

	/** Headers the cache sets itself or that belong to one exchange only, so they are not kept. */
	static final Set<String> NOT_KEPT = Set.of("content-type", "content-length", "content-encoding", "date",
			"transfer-encoding", "connection", "keep-alive", "etag", "last-modified", "cache-control");

	private final Cache cache;

	PageStore(Cache cache) {
		this.cache = cache;
	}

	/** The response kept under this hash, or {@code null} when there is none or it is of another day. */
	CachedResponse current(String hash) {
		CachedResponse kept = this.cache.get(hash, CachedResponse.class);
		return kept != null && kept.tag().current(EntityTags.today()) ? kept : null;
	}

	void put(CachedResponse response) {
		this.cache.put(response.tag().hash(), response);
	}

	/** Whether a response may be kept for others: not one that sets a cookie or is private or not to be stored. */
	static boolean keepable(String cacheControl, boolean setsCookie) {
		String directives = cacheControl.toLowerCase(Locale.ROOT);
		return !setsCookie && !directives.contains("private") && !directives.contains("no-store");
	}

}
