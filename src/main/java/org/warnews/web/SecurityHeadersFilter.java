package org.warnews.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every response, error pages included. Framing is refused by the CSP's
 * {@code frame-ancestors 'none'} (X-Frame-Options would only repeat it, at a cost on every response), except for
 * the pages made to be embedded by other sites, whose path ends in {@code /card} (a claim's oEmbed card). HSTS only
 * when the request came over HTTPS (as seen through the proxy's forwarded headers), since over plain HTTP it means
 * nothing and would pin a test host.
 */
final class SecurityHeadersFilter implements Filter {

	private static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=()";

	private static final Pattern FRAME_ANCESTORS = Pattern.compile("frame-ancestors[^;]*");

	private final String contentSecurityPolicy;

	SecurityHeadersFilter(String contentSecurityPolicy) {
		this.contentSecurityPolicy = contentSecurityPolicy;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		apply((HttpServletRequest) request, (HttpServletResponse) response, this.contentSecurityPolicy);
		chain.doFilter(request, response);
	}

	/** The headers of a page answered for this request: any site may frame an embeddable one. */
	static void apply(HttpServletRequest request, HttpServletResponse response, String contentSecurityPolicy) {
		String policy = request.getRequestURI().endsWith("/card")
				? FRAME_ANCESTORS.matcher(contentSecurityPolicy).replaceAll("frame-ancestors *") : contentSecurityPolicy;
		apply(response, policy, request.isSecure());
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
