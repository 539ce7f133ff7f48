package org.warnews.web;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * One GET or HEAD being answered by the HTTP cache: with 304 when the client's copy is current, from the
 * {@link PageStore} when it holds the response, or else (by {@link Rendering}) with what the handler renders; with
 * the validators of {@link EntityTags} and the Cache-Control of {@link CachePolicy}, gzipped for clients that take it.
 * Before the handler runs, its route is not known: what is answered then relies on what was recorded when the
 * response was rendered, in the kept response or in the tag the client brings back ({@link EntityTag}).
 */
final class CacheExchange {

	final HttpServletRequest request;

	final HttpServletResponse response;

	/** The hash of what the response depends on, or {@code null} when it cannot be validated (a huge Accept). */
	final String hash;

	final boolean head;

	final boolean gzip;

	/** Shared with other clients: not when the request asks for CORS headers, which depend on its origin. */
	final boolean shared;

	/** The response kept for this request, or {@code null}. */
	final CachedResponse kept;

	final CachePolicy policy;

	private final EntityTags tags;

	private final PageStore store;

	CacheExchange(HttpServletRequest request, HttpServletResponse response, String hash, boolean head,
			EntityTags tags, PageStore store, CachePolicy policy) {
		this.request = request;
		this.response = response;
		this.hash = hash;
		this.head = head;
		this.tags = tags;
		this.store = store;
		this.policy = policy;
		this.gzip = Gzip.accepted(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		this.shared = hash != null && request.getHeader(HttpHeaders.ORIGIN) == null;
		this.kept = this.shared ? store.current(hash) : null;
	}

	/** Whether the response its route declared gets validators (and may be kept). */
	boolean validates(DeclaredResponse declared) {
		return this.hash != null && declared.kind().validated();
	}

	/** Whether this response, of this kind, is to be kept now ({@link PageStore#admits}). */
	boolean admits(ResponseKind kind) {
		return this.store.admits(this.hash, kind);
	}

	/** Keeps a rendered response for the next requests of this URL. */
	void keep(CachedResponse rendered) {
		this.store.put(rendered);
	}

	/** The route that rendered the kept response, or {@code null}. */
	String route() {
		return this.kept != null ? this.kept.route() : null;
	}

	/** 304 or a kept response, before any other work; {@code false} when the handler must run. */
	boolean answerWithoutRendering() throws IOException {
		if (this.hash == null) {
			return false;
		}
		CachedResponse kept = this.kept;
		if (kept != null && kept.route() != null) {
			// No handler runs for what is answered here, so the request metrics get the route it was rendered by
			// (the observation filter runs before this one). A 304 for a response not kept here (never kept, or pushed
			// out of the store) keeps Spring's tags for it: uri="REDIRECTION", status="304".
			ServerHttpObservationFilter.findObservationContext(this.request)
				.ifPresent(context -> context.setPathPattern(kept.route()));
		}
		String ifNoneMatch = this.request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			EntityTag held = EntityTags.matching(ifNoneMatch, this.hash, kept != null ? kept.tag() : null);
			if (held != null) {
				notModified(held, kept != null ? kept.cacheControl() : this.policy.of(held.kind()));
				return true;
			}
		}
		else if (kept != null && notModifiedSince()) {
			notModified(kept.tag().withGzip(this.gzip && kept.gzipped() != null), kept.cacheControl());
			return true;
		}
		if (kept == null) {
			return false;
		}
		this.response.setStatus(HttpServletResponse.SC_OK);
		this.response.setContentType(kept.contentType());
		Set<String> set = new HashSet<>();
		for (Map.Entry<String, String> header : kept.headers()) {
			if (set.add(header.getKey().toLowerCase(Locale.ROOT))) {
				this.response.setHeader(header.getKey(), header.getValue());
			}
			else {
				this.response.addHeader(header.getKey(), header.getValue());
			}
		}
		send(kept);
		return true;
	}

	/** Sends a response, gzipped when the client takes it, with its validators. */
	void send(CachedResponse rendered) throws IOException {
		boolean gzipped = this.gzip && rendered.gzipped() != null;
		byte[] body = gzipped ? rendered.gzipped() : rendered.body();
		validators(rendered.tag().withGzip(gzipped), rendered.cacheControl());
		if (gzipped) {
			this.response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		this.response.setContentLength(body.length);
		if (!this.head) {
			this.response.getOutputStream().write(body);
		}
	}

	void notModified(EntityTag tag, String cacheControl) {
		this.response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
		validators(tag, cacheControl);
	}

	void validators(EntityTag tag, String cacheControl) {
		this.response.setHeader(HttpHeaders.ETAG, tag.quoted());
		this.response.setDateHeader(HttpHeaders.LAST_MODIFIED, this.tags.lastModified());
		this.response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		Set<String> vary = new LinkedHashSet<>();
		for (String value : this.response.getHeaders(HttpHeaders.VARY)) {
			vary.addAll(StringUtils.commaDelimitedListToSet(value).stream().map(String::strip).toList());
		}
		vary.add(HttpHeaders.ACCEPT);
		vary.add(HttpHeaders.ACCEPT_ENCODING);
		this.response.setHeader(HttpHeaders.VARY, String.join(", ", vary));
	}

	boolean notModifiedSince() {
		return this.tags.notModifiedSince(this.request);
	}

}
