package org.warnews.web.meta;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * The site's public address.
 *
 * @param baseUrl the scheme and host (and port) every absolute link starts with, e.g.
 * {@code https://warnews.example} (a trailing slash is dropped); required behind a proxy or a shared cache. Without it, links name the host
 * the request names, which is right only when the app is reached directly (local use).
 */
@ConfigurationProperties("warnews.site")
public record SiteProperties(URI baseUrl) {

	public SiteProperties {
		if (baseUrl != null) {
			URI given = baseUrl;
			Assert.isTrue(("https".equals(baseUrl.getScheme()) || "http".equals(baseUrl.getScheme()))
					&& baseUrl.getHost() != null && (baseUrl.getRawPath() == null || baseUrl.getRawPath().isEmpty()
							|| baseUrl.getRawPath().equals("/"))
					&& baseUrl.getRawQuery() == null && baseUrl.getRawFragment() == null && baseUrl.getUserInfo() == null,
					() -> "warnews.site.base-url must be a scheme and a host (and a port), such as "
							+ "https://warnews.example, not '" + given + "'");
			baseUrl = URI.create(baseUrl.toString().replaceFirst("/$", ""));
		}
	}

}
