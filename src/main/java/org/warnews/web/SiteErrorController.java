package org.warnews.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Errors that reach the container's error dispatch (a request refused by a filter, a handler's
 * {@code sendError}, a 404 or 406 no handler answered) in one format per surface, whatever the client accepts:
 * under {@code /api/} a problem document (RFC 9457, {@code application/problem+json}), elsewhere the site's
 * error page. Never kept by any cache. Replaces Spring Boot's error controller, which picks HTML or its own JSON
 * by the Accept header.
 */
@Responds(ResponseKind.UNCACHED)
@Controller
@RequestMapping("${server.error.path:/error}")
final class SiteErrorController extends AbstractErrorController {

	private final MessageSource messages;

	private final JacksonJsonView problemView;

	SiteErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers,
			MessageSource messages, JsonMapper json) {
		super(errorAttributes, errorViewResolvers);
		this.messages = messages;
		this.problemView = new JacksonJsonView(json);
		this.problemView.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.problemView.setDisableCaching(false); // no-store is set below, for pages too
	}

	@RequestMapping
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = getStatus(request);
		response.setStatus(status.value());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.NO_STORE);
		Map<String, Object> attributes = getErrorAttributes(request, ErrorAttributeOptions.defaults());
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null && path.startsWith("/api/")) {
			return new ModelAndView(this.problemView, problem(status, path, attributes.get("reason")));
		}
		ModelAndView page = resolveErrorView(request, response, status, attributes);
		return (page != null) ? page : new ModelAndView("error", attributes, status);
	}

	/** The same words as the error page: the reason a filter gave, or what the status means. */
	private Map<String, Object> problem(HttpStatus status, String path, Object reason) {
		String detail = (reason != null) ? message("error.reason." + reason) : null;
		if (detail == null) {
			detail = message("error." + status.value() + ".lede");
		}
		if (detail == null) {
			detail = message(status.is5xxServerError() ? "error.server.lede" : "error.client.lede");
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", path);
		return problem;
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, null, Locale.UK);
	}

}
