package org.warnews.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that sets one header itself and ignores the handler's attempts to set it: a buffered response's
 * Content-Length.
 */
abstract class OwnHeaderResponse extends HttpServletResponseWrapper {

	private final String own;

	OwnHeaderResponse(HttpServletResponse response, String own) {
		super(response);
		this.own = own;
	}

	/** Sets the header this response owns. */
	final void setOwnHeader(String value) {
		super.setHeader(this.own, value);
	}

	@Override
	public void setHeader(String name, String value) {
		if (!this.own.equalsIgnoreCase(name)) {
			super.setHeader(name, value);
		}
	}

	@Override
	public void addHeader(String name, String value) {
		if (!this.own.equalsIgnoreCase(name)) {
			super.addHeader(name, value);
		}
	}

	@Override
	public void setIntHeader(String name, int value) {
		if (!this.own.equalsIgnoreCase(name)) {
			super.setIntHeader(name, value);
		}
	}

	@Override
	public void addIntHeader(String name, int value) {
		if (!this.own.equalsIgnoreCase(name)) {
			super.addIntHeader(name, value);
		}
	}

}
