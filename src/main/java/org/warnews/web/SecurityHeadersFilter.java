package org.warnews.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every response, error pages included. Framing is refused by the CSP's
 * {@code frame-ancestors 'none'} (X-Frame-Options would only repeat it, at a cost on every response). HSTS only
 * when the request came over HTTPS (as seen through the proxy's forwarded headers), since over plain HTTP it means
 * nothing and would pin a test host.
 */
final class SecurityHeadersFilter implements Filter {

	private static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=()";

	private final String contentSecurityPolicy;

	SecurityHeadersFilter(String contentSecurityPolicy) {
		this.contentSecurityPolicy = contentSecurityPolicy;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		apply((HttpServletResponse) response, this.contentSecurityPolicy, request.isSecure());
		chain.doFilter(request, response);
	}

	static void apply(HttpServletResponse response, String contentSecurityPolicy, boolean secure) {
		response.setHeader("Content-Security-Policy", contentSecurityPolicy);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		if (secure) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000");
		}
	}

}
