package org.warnews.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.cache.Cache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP caching for every GET and HEAD, whatever route answers it: this filter only decides which way a request
 * goes. The parts, one job each:
 * <ul>
 * <li>{@link EntityTags}: validators without rendering (a strong {@link EntityTag} of the content version, the URL
 * and the Accept header; the content version's Last-Modified), and the conditional request headers checked against
 * them. A matching If-None-Match is answered 304 at once: only this deployment hands out that tag, and only for a
 * 200.</li>
 * <li>{@link PageStore}: the bounded server-side store of rendered 200 responses, served without the database.</li>
 * <li>{@link Gzip}: compression of text, each representation with its own strong ETag.</li>
 * <li>{@link CachePolicy}: Cache-Control by kind of response ({@link ResponseKind}); errors are never stored.</li>
 * <li>{@link CacheExchange} answers one request (304, kept, or sent after rendering); {@link Rendering} buffers what
 * the handler renders and, once it has, finishes it as its route declared ({@link DeclaredResponse});
 * {@link HeadAsGet} adapts HEAD requests.</li>
 * </ul>
 */
final class HttpCachingFilter extends OncePerRequestFilter {

	private static final String RENDERING = HttpCachingFilter.class.getName() + ".RENDERING";

	private final EntityTags tags;

	private final PageStore store;

	private final CachePolicy policy;

	private final long maxCachedBody;

	HttpCachingFilter(ContentVersion version, Cache cache, CachePolicy policy, long maxCachedBody) {
		this.tags = new EntityTags(version);
		this.store = new PageStore(cache);
		this.policy = policy;
		this.maxCachedBody = maxCachedBody;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isAsyncDispatch(request)) {
			chain.doFilter(request, response);
			if (!isAsyncStarted(request) && request.getAttribute(RENDERING) instanceof Rendering rendering) {
				rendering.finish();
			}
			return;
		}
		boolean head = "HEAD".equals(request.getMethod());
		if (!head && !"GET".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		CacheExchange exchange = exchange(request, response, head);
		if (exchange.answerWithoutRendering()) {
			return;
		}
		Map<String, String> before = new HashMap<>();
		for (String name : response.getHeaderNames()) {
			before.put(name.toLowerCase(Locale.ROOT), response.getHeader(name));
		}
		Rendering rendering = new Rendering(exchange, before);
		BufferingResponse buffered = new BufferingResponse(response, (int) this.maxCachedBody, rendering::overflow);
		rendering.buffered = buffered;
		chain.doFilter(head ? new HeadAsGet(request) : request, buffered);
		if (isAsyncStarted(request)) {
			request.setAttribute(RENDERING, rendering);
		}
		else {
			rendering.finish();
		}
	}

	/**
	 * The exchange for a GET or HEAD whose response the cache holds, ready to be answered (200 from the cache, or
	 * 304) by {@link CachedPageValve} before the servlet chain; {@code null} when the chain has work to do.
	 */
	CacheExchange kept(HttpServletRequest request, HttpServletResponse response) {
		String method = request.getMethod();
		boolean head = "HEAD".equals(method);
		if (!head && !"GET".equals(method)) {
			return null;
		}
		CacheExchange exchange = exchange(request, response, head);
		return exchange.kept != null ? exchange : null;
	}

	/** A request with an Accept header too long to be worth keeping apart is served, but not validated. */
	private CacheExchange exchange(HttpServletRequest request, HttpServletResponse response, boolean head) {
		String accept = EntityTags.normalizedAccept(request);
		String hash = accept != null ? this.tags.hash(request, accept) : null;
		return new CacheExchange(request, response, hash, head, this.tags, this.store, this.policy);
	}

}
