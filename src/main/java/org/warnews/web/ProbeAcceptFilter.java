package org.warnews.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The probes ({@code /livez}, {@code /readyz}: Actuator's health groups on the public port) answer their status
 * whatever the client accepts: a load balancer's check, or a person in a browser, sends what it sends. Actuator
 * itself would refuse {@code Accept: text/html} with 406 and a list of its own media types; it is asked as a client
 * that takes anything, and answers its own JSON.
 */
final class ProbeAcceptFilter extends OncePerRequestFilter {

	static final String[] PATHS = { "/livez", "/readyz" };

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public String getHeader(String name) {
				return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.ALL_VALUE : super.getHeader(name);
			}

			@Override
			public Enumeration<String> getHeaders(String name) {
				return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
						? Collections.enumeration(List.of(MediaType.ALL_VALUE))
						: super.getHeaders(name);
			}

		}, response);
	}

}
