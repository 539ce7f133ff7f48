package org.warnews.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.cache.Cache;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * HTTP caching for every GET and HEAD, whatever route answers it.
 * <ul>
 * <li>Validators without rendering: the strong ETag is a hash of the content version, the URL (scheme, host,
 * path, parameters sorted) and the Accept header; Last-Modified is the content version's. A matching
 * If-None-Match is answered 304 at once: only this deployment hands out that tag, and only for a 200.</li>
 * <li>A bounded server-side cache of rendered 200 responses (gzipped once), served without touching the
 * database, so cached pages stay up while the database is down. Only 200s are kept: unknown slugs cannot fill
 * it, and Caffeine's admission policy keeps one-off URLs from pushing out the popular ones.</li>
 * <li>Cache-Control by kind of response ({@link ResponseKind}); errors are never stored.</li>
 * </ul>
 * A gzipped body is a different representation, so it has its own strong ETag (suffix {@code -gzip}); Tomcat's
 * own compression would turn strong ETags weak, so text this filter sends it compresses itself.
 */
final class HttpCachingFilter extends OncePerRequestFilter {

	private static final String GZIP_SUFFIX = "-gzip";

	private static final String RENDERING = HttpCachingFilter.class.getName() + ".RENDERING";

	/** An Accept header longer than this is not a browser's; such requests are served but not validated. */
	private static final int MAX_ACCEPT_LENGTH = 512;

	private static final int MAX_IF_NONE_MATCH_LENGTH = 2048;

	/** Headers the filter sets itself or that belong to one exchange only, so they are not kept. */
	private static final Set<String> NOT_KEPT = Set.of("content-type", "content-length", "content-encoding", "date",
			"transfer-encoding", "connection", "keep-alive", "etag", "last-modified", "cache-control");

	private final ContentVersion version;

	private final Cache cache;

	private final CachePolicy policy;

	private final long maxCachedBody;

	HttpCachingFilter(ContentVersion version, Cache cache, CachePolicy policy, long maxCachedBody) {
		this.version = version;
		this.cache = cache;
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
		String path = request.getRequestURI();
		ResponseKind kind = ResponseKind.of(path);
		if (kind == ResponseKind.PROBE) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.NO_STORE);
			chain.doFilter(request, response);
			return;
		}
		if (kind == ResponseKind.ASSET) {
			chain.doFilter(request, new AssetResponse(response, this.policy.ofAsset(path)));
			return;
		}
		String accept = normalizedAccept(request);
		if (accept == null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.NO_STORE);
			chain.doFilter(request, response);
			return;
		}
		Exchange exchange = new Exchange(request, response, kind, tag(request, accept), head);
		if (exchange.answerWithoutRendering()) {
			return;
		}
		Set<String> before = new HashSet<>();
		response.getHeaderNames().forEach(name -> before.add(name.toLowerCase(Locale.ROOT)));
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
	Exchange kept(HttpServletRequest request, HttpServletResponse response) {
		String method = request.getMethod();
		boolean head = "HEAD".equals(method);
		if (!head && !"GET".equals(method)) {
			return null;
		}
		ResponseKind kind = ResponseKind.of(request.getRequestURI());
		String accept = kind.kept() ? normalizedAccept(request) : null;
		if (accept == null) {
			return null;
		}
		Exchange exchange = new Exchange(request, response, kind, tag(request, accept), head);
		return exchange.kept != null ? exchange : null;
	}

	/**
	 * The strong validator: the content version, the URL as the handler sees it, and the Accept header, hashed.
	 * Two instances of the same version give the same tag for the same URL.
	 */
	private String tag(HttpServletRequest request, String accept) {
		StringBuilder key = new StringBuilder(256).append(this.version.id())
			.append('\n')
			.append(request.getScheme())
			.append("://")
			.append(request.getServerName())
			.append(':')
			.append(request.getServerPort())
			.append(request.getRequestURI())
			.append('?');
		Map<String, String[]> parameters = request.getParameterMap();
		if (!parameters.isEmpty()) {
			String[] names = parameters.keySet().toArray(String[]::new);
			Arrays.sort(names);
			for (String name : names) {
				for (String value : parameters.get(name)) {
					// Length-prefixed, so no choice of names and values can make two parameter sets look alike.
					key.append(name.length()).append(':').append(name).append(value.length()).append(':').append(value);
				}
			}
		}
		key.append('\n').append(accept);
		MessageDigest digest = ContentVersion.sha256();
		byte[] hash = digest.digest(key.toString().getBytes(StandardCharsets.UTF_8));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
	}

	/** The Accept header without spaces and case, or {@code null} when it is too long to be worth keeping apart. */
	private static String normalizedAccept(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null) {
			return "";
		}
		if (accept.length() > MAX_ACCEPT_LENGTH) {
			return null;
		}
		StringBuilder normalized = new StringBuilder(accept.length());
		for (int i = 0; i < accept.length(); i++) {
			char c = accept.charAt(i);
			if (!Character.isWhitespace(c)) {
				normalized.append(Character.toLowerCase(c));
			}
		}
		return normalized.toString();
	}

	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : StringUtils.tokenizeToStringArray(acceptEncoding, ",")) {
			String[] parts = StringUtils.tokenizeToStringArray(coding, ";");
			if (parts.length > 0 && (parts[0].equalsIgnoreCase("gzip") || parts[0].equals("*"))) {
				return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

	private static String quoted(String tag) {
		return '"' + tag + '"';
	}

	/** One GET or HEAD being answered. */
	final class Exchange {

		private final HttpServletRequest request;

		private final HttpServletResponse response;

		private final ResponseKind kind;

		private final String tag;

		private final boolean head;

		private final boolean gzip;

		/** Shared with other clients: not when the request asks for CORS headers, which depend on its origin. */
		private final boolean shared;

		/** The response kept for this request, or {@code null}. */
		private final CachedResponse kept;

		Exchange(HttpServletRequest request, HttpServletResponse response, ResponseKind kind, String tag,
				boolean head) {
			this.request = request;
			this.response = response;
			this.kind = kind;
			this.tag = tag;
			this.head = head;
			this.gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
			this.shared = kind.kept() && request.getHeader(HttpHeaders.ORIGIN) == null;
			this.kept = this.shared ? HttpCachingFilter.this.cache.get(tag, CachedResponse.class) : null;
		}

		/** The route that rendered the kept response, or {@code null}. */
		String route() {
			return this.kept != null ? this.kept.route() : null;
		}

		/** 304 or a kept response, before any other work; {@code false} when the handler must run. */
		boolean answerWithoutRendering() throws IOException {
			CachedResponse kept = this.kept;
			if (kept != null && kept.route() != null) {
				// No handler runs for what is answered here, so the request metrics get the route it was rendered by
				// (the observation filter runs before this one). A 304 for a response not kept here, such as search
				// results, keeps Spring's tags for it: uri="REDIRECTION", status="304".
				ServerHttpObservationFilter.findObservationContext(this.request)
					.ifPresent(context -> context.setPathPattern(kept.route()));
			}
			String ifNoneMatch = this.request.getHeader(HttpHeaders.IF_NONE_MATCH);
			if (ifNoneMatch != null) {
				String matched = matching(ifNoneMatch, kept != null);
				if (matched != null) {
					notModified(matched, kept != null ? kept.cacheControl() : HttpCachingFilter.this.policy.of(this.kind));
					return true;
				}
			}
			else if (kept != null && notModifiedSince()) {
				notModified(quoted(this.tag + (this.gzip && kept.gzipped() != null ? GZIP_SUFFIX : "")),
						kept.cacheControl());
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
			validators(quoted(this.tag + (gzipped ? GZIP_SUFFIX : "")), rendered.cacheControl());
			if (gzipped) {
				this.response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
			this.response.setContentLength(body.length);
			if (!this.head) {
				this.response.getOutputStream().write(body);
			}
		}

		void notModified(String etag, String cacheControl) {
			this.response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			validators(etag, cacheControl);
		}

		private void validators(String etag, String cacheControl) {
			this.response.setHeader(HttpHeaders.ETAG, etag);
			this.response.setDateHeader(HttpHeaders.LAST_MODIFIED, HttpCachingFilter.this.version.lastModified().toEpochMilli());
			this.response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
			Set<String> vary = new LinkedHashSet<>();
			for (String value : this.response.getHeaders(HttpHeaders.VARY)) {
				vary.addAll(StringUtils.commaDelimitedListToSet(value).stream().map(String::strip).toList());
			}
			vary.add(HttpHeaders.ACCEPT);
			vary.add(HttpHeaders.ACCEPT_ENCODING);
			this.response.setHeader(HttpHeaders.VARY, String.join(", ", vary));
		}

		/** The entity tag of If-None-Match that is one of ours for this URL, quoted; weak comparison (RFC 9110). */
		private String matching(String ifNoneMatch, boolean known) {
			if (ifNoneMatch.length() > MAX_IF_NONE_MATCH_LENGTH) {
				return null;
			}
			for (String candidate : ifNoneMatch.split(",")) {
				String tag = candidate.strip();
				if (tag.equals("*")) {
					if (known) {
						return quoted(this.tag);
					}
					continue;
				}
				if (tag.startsWith("W/")) {
					tag = tag.substring(2);
				}
				if (tag.length() < 2 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
					continue;
				}
				String opaque = tag.substring(1, tag.length() - 1);
				if (opaque.equals(this.tag) || opaque.equals(this.tag + GZIP_SUFFIX)) {
					return quoted(opaque);
				}
			}
			return null;
		}

		boolean notModifiedSince() {
			long since;
			try {
				since = this.request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
			}
			catch (IllegalArgumentException ex) {
				return false; // not a date: ignored, as RFC 9110 asks
			}
			return since >= 0 && since >= HttpCachingFilter.this.version.lastModified().toEpochMilli();
		}

	}

	/** A response being rendered by the handler into a buffer. */
	private final class Rendering {

		private final Exchange exchange;

		private final Set<String> headersBefore;

		private BufferingResponse buffered;

		Rendering(Exchange exchange, Set<String> headersBefore) {
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
			boolean gzip = this.exchange.gzip && CachedResponse.compressible(response.getContentType());
			this.exchange.validators(quoted(this.exchange.tag + (gzip ? GZIP_SUFFIX : "")), cacheControl);
			if (gzip) {
				this.exchange.response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				return new GZIPOutputStream(out, 8192);
			}
			return out;
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
				if (!this.headersBefore.contains(lower) && !NOT_KEPT.contains(lower)) {
					raw.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
				}
			}
			String route = ServerHttpObservationFilter.findObservationContext(this.exchange.request)
				.map(ServerRequestObservationContext::getPathPattern)
				.orElse(null);
			String directives = cacheControl.toLowerCase(Locale.ROOT);
			boolean keep = this.exchange.shared && !setsCookie && !directives.contains("private")
					&& !directives.contains("no-store");
			// Compressing a search page took 6% of its CPU, wasted on a client that does not take gzip.
			CachedResponse rendered = CachedResponse.of(raw.getContentType(), List.copyOf(headers), cacheControl, body,
					route, keep || this.exchange.gzip);
			if (keep) {
				HttpCachingFilter.this.cache.put(this.exchange.tag, rendered);
			}
			// The handler's headers are already on the response; the body goes out from here.
			if (this.exchange.request.getHeader(HttpHeaders.IF_NONE_MATCH) == null && this.exchange.notModifiedSince()) {
				this.exchange.notModified(quoted(this.exchange.tag), cacheControl);
				return;
			}
			this.exchange.send(rendered);
		}

		private String cacheControl(HttpServletResponse response) {
			String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
			return cacheControl != null ? cacheControl : HttpCachingFilter.this.policy.of(this.exchange.kind);
		}

		private void defaultCacheControl(HttpServletResponse response, int status) {
			if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, status >= 300 && status < 400
						? HttpCachingFilter.this.policy.of(this.exchange.kind) : CachePolicy.NO_STORE);
			}
		}

	}

	/** Renders a HEAD exactly like its GET, so its headers (Content-Length too) match and the result is kept. */
	private static final class HeadAsGet extends HttpServletRequestWrapper {

		HeadAsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

	}

	/**
	 * An asset's response: immutable caching when its name is fingerprinted, and no caching at all when it turns
	 * out missing (a 404 must not be kept for a year).
	 */
	private static final class AssetResponse extends HttpServletResponseWrapper {

		AssetResponse(HttpServletResponse response, String cacheControl) {
			super(response);
			super.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		}

		@Override
		public void setHeader(String name, String value) {
			if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
				super.setHeader(name, value);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
				super.addHeader(name, value);
			}
		}

		@Override
		public void setStatus(int status) {
			noStoreIfError(status);
			super.setStatus(status);
		}

		@Override
		public void sendError(int status) throws IOException {
			noStoreIfError(status);
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			noStoreIfError(status);
			super.sendError(status, message);
		}

		private void noStoreIfError(int status) {
			if (status >= 400) {
				super.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.NO_STORE);
			}
		}

	}

}
