package org.warnews.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * An asset's response: immutable caching when its name is fingerprinted, and no caching at all when it turns
 * out missing (a 404 must not be kept for a year). Spring's {@code spring.web.resources.cache.cachecontrol.*} gives
 * every static file the same Cache-Control whatever its name and status, so it cannot say either.
 */
final class AssetResponse extends OwnHeaderResponse {

	AssetResponse(HttpServletResponse response, String cacheControl) {
		super(response, HttpHeaders.CACHE_CONTROL);
		setOwnHeader(cacheControl);
	}

	@Override
	public void setStatus(int status) {
		noStoreIfError(status);
		super.setStatus(status);
	}

	@Override
	public void sendError(int status) throws IOException {
		noStoreIfError(status);
		super.sendError(status);
	}

	@Override
	public void sendError(int status, String message) throws IOException {
		noStoreIfError(status);
		super.sendError(status, message);
	}

	private void noStoreIfError(int status) {
		if (status >= 400) {
			setOwnHeader(CachePolicy.NO_STORE);
		}
	}

}
