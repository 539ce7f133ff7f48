package org.warnews.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The site is read-only: GET and HEAD everywhere, OPTIONS on the API (for CORS preflights); anything else is
 * answered 405 with the site's error page, before any handler runs. Under /api/ the API answers itself, with
 * a JSON problem.
 */
final class AllowedMethodsFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		if (method.equals("GET") || method.equals("HEAD")) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getRequestURI().startsWith("/api/")) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
		response.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.NO_STORE);
		response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
	}

}
