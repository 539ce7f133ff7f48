package org.warnews.api;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.view.RedirectView;

import org.warnews.web.ResponseKind;
import org.warnews.web.Responds;

/**
 * The stable address of the API's browsable documentation. It leads to Swagger UI (served by springdoc outside
 * /api/**); a temporary redirect, because where the UI lives is springdoc's business and may change.
 */
@Hidden
@Responds(ResponseKind.API)
@Controller
class ApiDocsController {

	@GetMapping(ApiJson.BASE + "/docs")
	RedirectView docs() {
		return new RedirectView("/swagger-ui/index.html", true);
	}

}
