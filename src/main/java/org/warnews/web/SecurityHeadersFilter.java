package org.warnews.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@link SecurityHeaders} on every response the servlet chain answers, for every dispatch. */
final class SecurityHeadersFilter implements Filter {

	private final SecurityHeaders headers;

	SecurityHeadersFilter(SecurityHeaders headers) {
		this.headers = headers;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		this.headers.apply((HttpServletRequest) request, (HttpServletResponse) response);
		chain.doFilter(request, response);
	}

}
