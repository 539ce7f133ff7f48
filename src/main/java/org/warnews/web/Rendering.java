package org.warnews.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * A response being rendered by the handler into a buffer. Once the handler has run, what its route declared
 * ({@link DeclaredResponse}) says what becomes of it: a 200 of a validated kind gets its validators and is kept in
 * the {@link PageStore} when its kind is kept and it may be shared; one too large to keep streams out; errors,
 * redirects, assets, undeclared routes and handlers that validate themselves pass through.
 */
final class Rendering {

	private final CacheExchange exchange;

	/** The headers set before the handler ran, with their values: those it sets or changes are kept with it. */
	private final Map<String, String> headersBefore;

	BufferingResponse buffered;

	Rendering(CacheExchange exchange, Map<String, String> headersBefore) {
		this.exchange = exchange;
		this.headersBefore = headersBefore;
	}

	/** The body is too large to keep: validators (for a 200) go out now, and the rest streams. */
	OutputStream overflow(BufferingResponse response) throws IOException {
		OutputStream out = this.exchange.response.getOutputStream();
		DeclaredResponse declared = DeclaredResponse.of(this.exchange.request);
		if (!validated(response, declared)) {
			defaultCacheControl(response, declared);
			return out;
		}
		String cacheControl = cacheControl(response, declared);
		boolean gzip = this.exchange.gzip && Gzip.compressible(response.getContentType());
		this.exchange.validators(EntityTags.tag(this.exchange.hash, declared).withGzip(gzip), cacheControl);
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
		HttpServletResponse raw = this.exchange.response;
		DeclaredResponse declared = DeclaredResponse.of(this.exchange.request);
		if (!validated(response, declared)) {
			defaultCacheControl(response, declared);
			byte[] body = response.body();
			raw.setContentLength(body.length);
			if (body.length > 0 && !this.exchange.head) {
				raw.getOutputStream().write(body);
			}
			return;
		}
		String cacheControl = cacheControl(response, declared);
		byte[] body = response.body();
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		boolean setsCookie = false;
		for (String name : raw.getHeaderNames()) {
			String lower = name.toLowerCase(Locale.ROOT);
			setsCookie |= lower.equals("set-cookie");
			boolean unchanged = this.headersBefore.containsKey(lower)
					&& this.headersBefore.get(lower).equals(raw.getHeader(name));
			if (!unchanged && !PageStore.NOT_KEPT.contains(lower)) {
				raw.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
			}
		}
		String route = ServerHttpObservationFilter.findObservationContext(this.exchange.request)
			.map(ServerRequestObservationContext::getPathPattern)
			.orElse(null);
		boolean keep = this.exchange.shared && PageStore.keepable(cacheControl, setsCookie)
				&& this.exchange.admits(declared.kind());
		// Compressing a search page took 6% of its CPU, wasted on a client that does not take gzip.
		EntityTag tag = EntityTags.tag(this.exchange.hash, declared);
		CachedResponse rendered = CachedResponse.of(tag, raw.getContentType(), List.copyOf(headers), cacheControl,
				body, route, keep || this.exchange.gzip);
		if (keep) {
			this.exchange.keep(rendered);
		}
		// The handler's headers are already on the response; the body goes out from here.
		if (this.exchange.request.getHeader(HttpHeaders.IF_NONE_MATCH) == null && this.exchange.notModifiedSince()) {
			this.exchange.notModified(tag, cacheControl);
			return;
		}
		this.exchange.send(rendered);
	}

	/** A 200 of a validated kind that its handler did not validate itself. */
	private boolean validated(HttpServletResponse response, DeclaredResponse declared) {
		return this.exchange.validates(declared) && response.getStatus() == HttpServletResponse.SC_OK
				&& !response.containsHeader(HttpHeaders.ETAG);
	}

	private String cacheControl(HttpServletResponse response, DeclaredResponse declared) {
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		return cacheControl != null ? cacheControl : this.exchange.policy.of(declared.kind());
	}

	private void defaultCacheControl(HttpServletResponse response, DeclaredResponse declared) {
		if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.exchange.policy.ofUnvalidated(declared.kind(),
					response.getStatus(), this.exchange.request.getRequestURI(), this.exchange.hash != null));
		}
	}

}
