package org.warnews.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The site is read-only: GET and HEAD everywhere, and OPTIONS, which says so. Anything else (TRACE too, which
 * Tomcat lets through to here) is answered 405 before any handler runs, in the format of its surface
 * ({@link SiteErrorController}). A CORS preflight goes on to Spring MVC's CORS handling, which answers it for
 * the addresses open to other sites (the API and the open data), with the same {@code Allow}.
 */
final class AllowedMethodsFilter extends OncePerRequestFilter {

	static final String ALLOWED = "GET, HEAD, OPTIONS";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		if (method.equals("GET") || method.equals("HEAD")) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.ALLOW, ALLOWED);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.NO_STORE);
		if (method.equals("OPTIONS")) {
			if (CorsUtils.isPreFlightRequest(request)) {
				chain.doFilter(request, response); // the Allow set here stays: Spring keeps a handler's own
				return;
			}
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
	}

}
