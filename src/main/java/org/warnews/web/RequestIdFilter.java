package org.warnews.web;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, in every log line it causes (MDC key {@code requestId}) and in the
 * {@code X-Request-Id} response header. A well-formed id from a proxy in front is kept, so logs line up.
 */
@Component
@Order(FilterOrder.REQUEST_ID)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		MDC.put(MDC_KEY, identify(request, response));
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	/** The request's id, the given one when well-formed, also sent back in the response header. */
	String identify(HttpServletRequest request, HttpServletResponse response) {
		String given = request.getHeader(HEADER);
		String id = (given != null && WELL_FORMED.matcher(given).matches()) ? given : newId();
		response.setHeader(HEADER, id);
		return id;
	}

	/**
	 * A random id in UUID form. Not {@code UUID.randomUUID()}: an id for logs must be unique, not unguessable, and
	 * SecureRandom cost a tenth of the time of a cached page.
	 */
	private static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new UUID(random.nextLong(), random.nextLong()).toString();
	}

}
