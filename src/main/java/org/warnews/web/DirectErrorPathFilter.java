package org.warnews.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error page's own path ({@code /error}) is for the container's error dispatches only: asked for directly
 * it would render "500" with no error behind it, so it answers 404 like any other unknown address.
 */
final class DirectErrorPathFilter extends OncePerRequestFilter {

	private final String errorPath;

	DirectErrorPathFilter(String errorPath) {
		this.errorPath = errorPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getServletPath();
		if (path.equals(this.errorPath) || path.startsWith(this.errorPath + "/")) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

}
