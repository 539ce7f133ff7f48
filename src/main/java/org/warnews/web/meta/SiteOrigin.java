package org.warnews.web.meta;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The site's absolute URLs for a request: from the configured public address ({@code warnews.site.base-url})
 * when there is one, whatever the request's {@code Host} or {@code X-Forwarded-Host} say; from the request
 * otherwise.
 */
@Component
public final class SiteOrigin {

	private final SiteUrls configured;

	SiteOrigin(SiteProperties properties) {
		this.configured = (properties.baseUrl() != null) ? new SiteUrls(properties.baseUrl().toString()) : null;
	}

	public SiteUrls urls(HttpServletRequest request) {
		return (this.configured != null) ? this.configured : SiteUrls.of(request);
	}

}
