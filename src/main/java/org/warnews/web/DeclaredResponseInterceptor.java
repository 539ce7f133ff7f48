package org.warnews.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records on each request what its handler declared ({@link DeclaredResponse}), before the handler runs: the HTTP
 * cache reads it once the handler has answered, and the input bounds right after this. A handler made to be framed
 * by other sites gets its relaxed security headers here, before anything of its response is written.
 */
final class DeclaredResponseInterceptor implements HandlerInterceptor {

	private final List<LibraryHandler> libraryHandlers;

	private final SecurityHeaders securityHeaders;

	DeclaredResponseInterceptor(List<LibraryHandler> libraryHandlers, SecurityHeaders securityHeaders) {
		this.libraryHandlers = List.copyOf(libraryHandlers);
		this.securityHeaders = securityHeaders;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		DeclaredResponse declared = DeclaredResponse.of(handler, this.libraryHandlers);
		declared.record(request);
		if (declared.embeddable()) {
			this.securityHeaders.allowFraming(response);
		}
		return true;
	}

}
