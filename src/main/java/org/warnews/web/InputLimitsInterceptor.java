package org.warnews.web;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Bounds on what any route is asked, checked once its handler is known and before it runs: the length of the query
 * string, page numbers and page sizes (digits only, bounded), and no NUL character in any parameter (PostgreSQL
 * cannot store one in text). Anything out of bounds gets 400, with the site's error page or, under /api/, a problem
 * document ({@link SiteErrorController}). A route that reads its parameters leniently itself
 * ({@link Responds#lenientParameters()}: the search page) is not refused; its request line stays bounded by the
 * server's header size limit. Slugs are bounded by the URL patterns of {@link Slugs}; header and body sizes by the
 * server's own limits (application.properties).
 */
final class InputLimitsInterceptor implements HandlerInterceptor {

	static final String REASON = InputLimitsInterceptor.class.getName() + ".REASON";

	private static final Set<String> PAGE_NUMBERS = Set.of("page");

	private static final Set<String> PAGE_SIZES = Set.of("size", "limit", "per_page", "per-page", "pageSize");

	private final int maxQueryLength;

	private final int maxPage;

	private final int maxPageSize;

	InputLimitsInterceptor(HttpProperties properties) {
		this.maxQueryLength = properties.maxQueryLength();
		this.maxPage = properties.maxPage();
		this.maxPageSize = properties.maxPageSize();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		// The error page's dispatch of a refused request carries the same query: it is answered, not refused again.
		boolean checked = request.getDispatcherType() == DispatcherType.REQUEST
				&& !DeclaredResponse.of(request).lenientParameters();
		String reason = checked ? problem(request) : null;
		if (reason == null) {
			return true;
		}
		request.setAttribute(REASON, reason);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.NO_STORE);
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		return false;
	}

	private String problem(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null) {
			return null;
		}
		if (query.length() > this.maxQueryLength) {
			return "query-too-long";
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			for (String value : parameter.getValue()) {
				if (name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
					return "control-character";
				}
				if (PAGE_NUMBERS.contains(name) && !withinBound(value, this.maxPage)) {
					return "page-out-of-range";
				}
				if (PAGE_SIZES.contains(name) && !withinBound(value, this.maxPageSize)) {
					return "page-size-out-of-range";
				}
			}
		}
		return null;
	}

	/** Empty (the handler's default), or digits no larger than the bound. */
	private static boolean withinBound(String value, int max) {
		if (value.isEmpty()) {
			return true;
		}
		if (value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return false;
		}
		return Integer.parseInt(value) <= max;
	}

}
