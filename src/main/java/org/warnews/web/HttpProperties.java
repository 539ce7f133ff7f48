package org.warnews.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How responses are cached and bounded. Content changes only with a migration, so clients may keep pages a
 * while and revalidate them cheaply with their ETag.
 *
 * @param pageMaxAge how long clients and proxies may keep a page before revalidating it
 * @param searchMaxAge the same for search results
 * @param apiMaxAge the same for API responses
 * @param feedMaxAge the same for feeds and sitemaps
 * @param pageCacheSize the most memory the server-side cache of rendered responses may take
 * @param maxCachedBody a larger response is served but not kept
 * @param maxQueryLength the longest query string answered; a longer one gets 400
 * @param maxPage the highest page number asked for with {@code page=}; a larger or malformed one gets 400
 * @param maxPageSize the largest {@code size=} or {@code limit=}; a larger or malformed one gets 400
 * @param headerReadTimeout the longest a request's line and headers may take to arrive; a slower client is cut off
 * @param contentSecurityPolicy the Content-Security-Policy of every response
 */
@ConfigurationProperties("warnews.http")
public record HttpProperties(@DefaultValue("5m") Duration pageMaxAge, @DefaultValue("1m") Duration searchMaxAge,
		@DefaultValue("5m") Duration apiMaxAge, @DefaultValue("15m") Duration feedMaxAge,
		@DefaultValue("32MB") DataSize pageCacheSize, @DefaultValue("2MB") DataSize maxCachedBody,
		@DefaultValue("4096") int maxQueryLength, @DefaultValue("10000") int maxPage,
		@DefaultValue("1000") int maxPageSize, @DefaultValue("10s") Duration headerReadTimeout,
		@DefaultValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
				+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
				+ "frame-ancestors 'none'") String contentSecurityPolicy) {
}
