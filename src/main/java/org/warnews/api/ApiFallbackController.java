package org.warnews.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.warnews.web.NotFoundException;

/**
 * Any other address under /api/: a JSON 404 (or 405 for a method other than GET), answered by
 * {@link ApiExceptionHandler}, instead of the site's HTML error page. Every real API mapping is more specific and
 * wins over this one.
 */
@Hidden
@RestController
class ApiFallbackController {

	@RequestMapping("/api/**")
	void fallback(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		HttpMethod method = HttpMethod.valueOf(request.getMethod());
		if (!method.equals(HttpMethod.GET) && !method.equals(HttpMethod.HEAD)) {
			throw new HttpRequestMethodNotSupportedException(request.getMethod());
		}
		throw new NotFoundException("resource");
	}

}
