package org.warnews.web;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.cache.Cache;

/**
 * The server-side store of rendered 200 responses, by the hash of their entity tag: bounded (Caffeine, whose admission policy
 * keeps one-off URLs from pushing out the popular ones), and served without touching the database, so that kept
 * pages stay up while the database is down. Only 200s are kept, so unknown slugs cannot fill it; searches only from
 * the second time they are asked for ({@link #admits}).
 */
final class PageStore {

	/** Headers the cache sets itself or that belong to one exchange only, so they are not kept. */
	static final Set<String> NOT_KEPT = Set.of("content-type", "content-length", "content-encoding", "date",
			"transfer-encoding", "connection", "keep-alive", "etag", "last-modified", "cache-control");

	/**
	 * How many addresses of responses kept only when asked again are remembered as asked once: about 100 bytes each,
	 * the least recently asked forgotten first.
	 */
	private static final int ASKED_ONCE = 10_000;

	private final Cache cache;

	private final ConcurrentMap<String, Boolean> askedOnce = Caffeine.newBuilder()
		.maximumSize(ASKED_ONCE)
		.executor(Runnable::run)
		.<String, Boolean>build()
		.asMap();

	PageStore(Cache cache) {
		this.cache = cache;
	}

	/**
	 * Whether a response of this kind under this hash is to be kept now. For {@link ResponseKind.Kept#WHEN_ASKED_AGAIN}
	 * it is the second time its hash is asked for: the first only records it. One-off searches, most of them, then
	 * take neither space in the store nor the time to compress them for it: kept at once, new searches at 100 000
	 * claims were about 12 % fewer a second than never kept; kept when asked again, as many (bench/http.sh's
	 * search-new, alternating jars).
	 */
	boolean admits(String hash, ResponseKind kind) {
		return switch (kind.kept()) {
			case NEVER -> false;
			case AT_ONCE -> true;
			case WHEN_ASKED_AGAIN -> this.askedOnce.putIfAbsent(hash, Boolean.TRUE) != null;
		};
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
