package org.warnews.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Boot's error attributes plus, for a request refused by {@link InputLimitsInterceptor}, a short code saying why
 * ({@code reason}), which the error page and the API's problem document explain in words
 * ({@link SiteErrorController}).
 */
final class ErrorReasons extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object reason = request.getAttribute(InputLimitsInterceptor.REASON, RequestAttributes.SCOPE_REQUEST);
		if (reason != null) {
			attributes.put("reason", reason);
		}
		return attributes;
	}

}
