package org.warnews.web;

import java.util.List;
import java.util.Map;

/**
 * A rendered 200 response, kept so it can be served again without any work: its body, its body gzipped once
 * (when it is text worth compressing), and the headers its handler set.
 *
 * @param tag its entity tag (plain), which says its kind and, for a daily route, its day
 * @param contentType the Content-Type
 * @param headers the headers the handler set, in order (names may repeat)
 * @param cacheControl the Cache-Control it is served with
 * @param body the body as rendered
 * @param gzipped the body gzipped, or {@code null} when it is not worth compressing
 * @param route the route template that rendered it ({@code /claims/{slug}}), for the request metrics, or
 * {@code null}
 */
record CachedResponse(EntityTag tag, String contentType, List<Map.Entry<String, String>> headers, String cacheControl, byte[] body,
		byte[] gzipped, String route) {

	/** Bodies smaller than this gain little from compression. */
	static final int MIN_COMPRESSED_SIZE = 1024;

	/**
	 * @param gzipWanted whether a gzipped body is wanted at all: by the client, or by the cache for later clients
	 */
	static CachedResponse of(EntityTag tag, String contentType, List<Map.Entry<String, String>> headers, String cacheControl,
			byte[] body, String route, boolean gzipWanted) {
		boolean compress = gzipWanted && body.length >= MIN_COMPRESSED_SIZE && Gzip.compressible(contentType);
		byte[] gzipped = compress ? Gzip.compress(body) : null;
		return new CachedResponse(tag, contentType, headers, cacheControl, body, gzipped, route);
	}

	/** The memory it takes in the cache, roughly. */
	int weight() {
		int weight = 320 + this.body.length + (this.gzipped != null ? this.gzipped.length : 0);
		for (Map.Entry<String, String> header : this.headers) {
			weight += header.getKey().length() + header.getValue().length();
		}
		return weight;
	}

}
