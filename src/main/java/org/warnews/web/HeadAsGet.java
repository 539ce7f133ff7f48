package org.warnews.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** Renders a HEAD exactly like its GET, so its headers (Content-Length too) match and the result is kept. */
final class HeadAsGet extends HttpServletRequestWrapper {

	HeadAsGet(HttpServletRequest request) {
		super(request);
	}

	@Override
	public String getMethod() {
		return "GET";
	}

}
