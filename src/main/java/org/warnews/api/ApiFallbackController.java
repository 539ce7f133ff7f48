package org.warnews.api;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.warnews.web.NotFoundException;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;

/**
 * Any other address under /api/: a JSON 404, answered by {@link ApiExceptionHandler}, instead of the site's HTML
 * error page. Every real API mapping is more specific and wins over this one. Like them it produces JSON only,
 * so a client that accepts no JSON gets 406 (a problem document, from the site's error controller) rather than
 * a 404 for an address that exists. Methods other than GET and HEAD never get here (the allowed-methods filter).
 */
@Hidden
@Responds(ResponseKind.API)
@RestController
class ApiFallbackController {

	@GetMapping(path = "/api/**", produces = MediaType.APPLICATION_JSON_VALUE)
	void fallback() {
		throw new NotFoundException("resource");
	}

}
