package org.warnews.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * A response being rendered by the handler into a buffer: a 200 gets its validators and is kept in the
 * {@link PageStore} when it may be shared; one too large to keep streams out; errors, redirects and handlers that
 * validate themselves pass through.
 */
final class Rendering {

	private final CacheExchange exchange;

	private final Set<String> headersBefore;

	BufferingResponse buffered;

	Rendering(CacheExchange exchange, Set<String> headersBefore) {
		this.exchange = exchange;
		this.headersBefore = headersBefore;
	}

	/** The body is too large to keep: validators (for a 200) go out now, and the rest streams. */
	OutputStream overflow(BufferingResponse response) throws IOException {
		int status = response.getStatus();
		OutputStream out = this.exchange.response.getOutputStream();
		if (status != HttpServletResponse.SC_OK || response.containsHeader(HttpHeaders.ETAG)) {
			defaultCacheControl(response, status);
			return out;
		}
		String cacheControl = cacheControl(response);
		boolean gzip = this.exchange.gzip && Gzip.compressible(response.getContentType());
		this.exchange.validators(EntityTags.quoted(this.exchange.tag + (gzip ? EntityTags.GZIP_SUFFIX : "")),
				cacheControl);
		return gzip ? Gzip.stream(this.exchange.response, out) : out;
	}

	void finish() throws IOException {
		BufferingResponse response = this.buffered;
		if (response.errorSent()) {
			return; // the container renders the error page
		}
		if (response.streamed()) {
			response.finishStreaming();
			return;
		}
		int status = response.getStatus();
		HttpServletResponse raw = this.exchange.response;
		if (status != HttpServletResponse.SC_OK || response.containsHeader(HttpHeaders.ETAG)) {
			// Errors, redirects, and handlers that validate themselves pass through as they are.
			defaultCacheControl(response, status);
			byte[] body = response.body();
			raw.setContentLength(body.length);
			if (body.length > 0 && !this.exchange.head) {
				raw.getOutputStream().write(body);
			}
			return;
		}
		String cacheControl = cacheControl(response);
		byte[] body = response.body();
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		boolean setsCookie = false;
		for (String name : raw.getHeaderNames()) {
			String lower = name.toLowerCase(Locale.ROOT);
			setsCookie |= lower.equals("set-cookie");
			if (!this.headersBefore.contains(lower) && !PageStore.NOT_KEPT.contains(lower)) {
				raw.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
			}
		}
		String route = ServerHttpObservationFilter.findObservationContext(this.exchange.request)
			.map(ServerRequestObservationContext::getPathPattern)
			.orElse(null);
		boolean keep = this.exchange.shared && PageStore.keepable(cacheControl, setsCookie);
		// Compressing a search page took 6% of its CPU, wasted on a client that does not take gzip.
		CachedResponse rendered = CachedResponse.of(raw.getContentType(), List.copyOf(headers), cacheControl, body,
				route, keep || this.exchange.gzip);
		if (keep) {
			this.exchange.keep(rendered);
		}
		// The handler's headers are already on the response; the body goes out from here.
		if (this.exchange.request.getHeader(HttpHeaders.IF_NONE_MATCH) == null && this.exchange.notModifiedSince()) {
			this.exchange.notModified(EntityTags.quoted(this.exchange.tag), cacheControl);
			return;
		}
		this.exchange.send(rendered);
	}

	private String cacheControl(HttpServletResponse response) {
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		return cacheControl != null ? cacheControl : this.exchange.defaultCacheControl();
	}

	private void defaultCacheControl(HttpServletResponse response, int status) {
		if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, status >= 300 && status < 400
					? this.exchange.defaultCacheControl() : CachePolicy.NO_STORE);
		}
	}

}
