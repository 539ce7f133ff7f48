package org.warnews.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The page for errors Tomcat answers itself, before the app sees the request (a malformed or over-long URL,
 * headers too large): a plain page of the site with its security headers, in place of Tomcat's styled report,
 * and never a server name, version or stack trace.
 */
final class ContainerErrorValve extends ErrorReportValve {

	private final SecurityHeaders securityHeaders;

	ContainerErrorValve(SecurityHeaders securityHeaders) {
		this.securityHeaders = securityHeaders;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		if (status == HttpServletResponse.SC_NOT_IMPLEMENTED && "CONNECT".equals(request.getMethod())) {
			// Tomcat refuses CONNECT itself with 501; to this read-only site it is one more method it does not allow.
			status = HttpServletResponse.SC_METHOD_NOT_ALLOWED;
			response.setStatus(status);
			response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
		}
		HttpStatus known = HttpStatus.resolve(status);
		String reason = known != null ? known.getReasonPhrase() : "Error";
		this.securityHeaders.apply(response, request.isSecure());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.NO_STORE);
		boolean api = request.getRequestURI() != null && request.getRequestURI().startsWith("/api/");
		boolean readOnly = status == HttpServletResponse.SC_METHOD_NOT_ALLOWED;
		try {
			response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(api ? problem(status, reason, readOnly) : page(status, reason, readOnly));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response was already under way: nothing more to say.
		}
	}

	/** Under {@code /api/}, a problem document like the API's others (nothing from the request is echoed). */
	private static String problem(int status, String reason, boolean readOnly) {
		return "{\"title\":\"" + reason + "\",\"status\":" + status + ",\"detail\":\""
				+ (readOnly ? "This API can only be read: use GET or HEAD." : "The request could not be read as sent.")
				+ "\"}\n";
	}

	private static String page(int status, String reason, boolean readOnly) {
		return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
				+ "<title>" + reason + " · War News Reference</title>"
				+ "<link rel=\"stylesheet\" href=\"/assets/css/site.css\"></head><body><main id=\"main\">"
				+ (readOnly
						? "<h1>This site can only be read</h1><p class=\"lede\">This address answers requests "
								+ "to read it (GET and HEAD); nothing here can be changed.</p>"
						: "<h1>This request could not be answered</h1>"
								+ "<p class=\"lede\">The address or its headers could not be read as sent.</p>")
				+ "<p class=\"meta\">Status " + status + "</p>"
				+ "<p><a href=\"/\">Back to the sources</a></p></main></body></html>\n";
	}

}
