package org.warnews.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * The security headers of every response, error pages included, wherever it is answered (the filters,
 * {@link CachedPageValve}, {@link ContainerErrorValve}). Framing is refused by the CSP's
 * {@code frame-ancestors 'none'} (X-Frame-Options would only repeat it, at a cost on every response), except for a
 * response whose route is {@link Responds#embeddable()}. HSTS only when the request came over HTTPS (as seen through
 * the proxy's forwarded headers), since over plain HTTP it means nothing and would pin a test host.
 */
@Component
final class SecurityHeaders {

	private static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

	private static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=()";

	private static final Pattern FRAME_ANCESTORS = Pattern.compile("frame-ancestors[^;]*");

	private final String contentSecurityPolicy;

	private final String framablePolicy;

	SecurityHeaders(HttpProperties properties) {
		this.contentSecurityPolicy = properties.contentSecurityPolicy();
		this.framablePolicy = FRAME_ANCESTORS.matcher(this.contentSecurityPolicy).replaceAll("frame-ancestors *");
	}

	void apply(HttpServletRequest request, HttpServletResponse response) {
		apply(response, request.isSecure());
	}

	void apply(HttpServletResponse response, boolean secure) {
		response.setHeader(CONTENT_SECURITY_POLICY, this.contentSecurityPolicy);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		if (secure) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000");
		}
	}

	/** Lets any site frame this response. */
	void allowFraming(HttpServletResponse response) {
		response.setHeader(CONTENT_SECURITY_POLICY, this.framablePolicy);
	}

}
