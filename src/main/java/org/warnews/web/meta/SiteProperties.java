package org.warnews.web.meta;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * The site's public address.
 *
 * @param baseUrl the scheme and host (and port) every absolute link starts with, e.g.
 * {@code https://warnews.example} (no trailing slash); required behind a proxy or a shared cache. Without it, links name the host
 * the request names, which is right only when the app is reached directly (local use).
 */
@ConfigurationProperties("warnews.site")
public record SiteProperties(URI baseUrl) {

	public SiteProperties {
		if (baseUrl != null) {
			Assert.isTrue(("https".equals(baseUrl.getScheme()) || "http".equals(baseUrl.getScheme()))
					&& baseUrl.getHost() != null && (baseUrl.getRawPath() == null || baseUrl.getRawPath().isEmpty())
					&& baseUrl.getRawQuery() == null && baseUrl.getRawFragment() == null && baseUrl.getUserInfo() == null,
					() -> "warnews.site.base-url must be a scheme and a host (and a port), without a path or a "
							+ "trailing slash, such as https://warnews.example, not '" + baseUrl + "'");
		}
	}

}
