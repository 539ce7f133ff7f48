package org.warnews.api;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springdoc.webmvc.api.OpenApiResource;
import org.springdoc.webmvc.ui.SwaggerConfigResource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.warnews.web.LibraryHandler;
import org.warnews.web.RequestArgument;
import org.warnews.web.ResponseKind;
import org.warnews.web.meta.SiteOrigin;
import org.warnews.web.meta.SiteProperties;
import org.warnews.web.meta.SiteUrls;

@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

	private final ApiPaging paging;

	private final SiteOrigin origin;

	ApiConfiguration(ApiPaging paging, SiteOrigin origin) {
		this.paging = paging;
		this.origin = origin;
	}

	static {
		// A handler's links come from the request (a RequestArgument): they are no parameter of the API.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(SiteUrls.class, ApiJson.class);
	}

	static final String SLUG_PATTERN = "^[a-z0-9][a-z0-9-]{0,119}$";

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new RequestArgument<>(ApiPage.class, this.paging::read));
		resolvers.add(new RequestArgument<>(ApiJson.class, request -> new ApiJson(this.origin.urls(request))));
	}

	/** Anyone may read the API and the open data from a browser on another site; nobody may write (there is no write). */
	@Override
	public void addCorsMappings(CorsRegistry registry) {
		for (String path : new String[] { "/api/**", "/data/**" }) {
			registry.addMapping(path).allowedOrigins("*").allowedMethods("GET", "HEAD").allowCredentials(false).maxAge(86400);
		}
	}

	/** springdoc's API description (and Swagger UI's configuration) is read like the rest of the API. */
	@Bean
	LibraryHandler apiDescription() {
		return new LibraryHandler(OpenApiResource.class, ResponseKind.API);
	}

	@Bean
	LibraryHandler swaggerConfiguration() {
		return new LibraryHandler(SwaggerConfigResource.class, ResponseKind.API);
	}

	/** With a configured public address, that is the API's server; springdoc would take the request's host. */
	@Bean
	OpenAPI warNewsOpenApi(SiteProperties site) {
		OpenAPI api = new OpenAPI();
		if (site.baseUrl() != null) {
			api.addServersItem(new Server().url(site.baseUrl().toString()));
		}
		return api.info(new Info().title("War News Reference API")
			.version("v1")
			.description("Read-only JSON of the reference: sources stored verbatim, their items, and the claims "
					+ "made in them, each attributed to its claimant with its exact quote and offsets. A claim is "
					+ "never a statement of fact. " + ApiIndexController.ATTRIBUTION));
	}

	/** The lists' {@code page} parameter goes up to the site's configured limit, which annotations cannot name. */
	@Bean
	OpenApiCustomizer pageLimitAsConfigured() {
		return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
			parameters(operation, "query").stream()
				.filter(parameter -> parameter.getName().equals("page") && parameter.getSchema().getMinimum() != null)
				.forEach(page -> page.getSchema().setMaximum(BigDecimal.valueOf(this.paging.maxPage())));
		}));
	}

	/**
	 * Makes the described error answers exact: springdoc lists the 400 and 404 of {@link ApiExceptionHandler} on
	 * every operation with any media type; they are problem details, a 400 needs a query parameter and a 404 a slug.
	 */
	@Bean
	OpenApiCustomizer problemDetailsAsAnswered() {
		return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
			if (parameters(operation, "query").isEmpty()) {
				operation.getResponses().remove("400");
			}
			if (parameters(operation, "path").isEmpty()) {
				operation.getResponses().remove("404");
			}
			// A slug that is not one never reaches the operation: the address is simply not found.
			parameters(operation, "path").forEach(slug -> slug.getSchema().setPattern(SLUG_PATTERN));
			operation.getResponses().forEach((status, response) -> {
				Content content = response.getContent();
				if (status.startsWith("3")) {
					response.setContent(null); // a redirect has no body, only its Location
				}
				else if (!status.startsWith("2") && content != null && content.containsKey("*/*")) {
					MediaType problem = content.remove("*/*");
					content.addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE, problem);
				}
			});
		}));
	}

	private static List<Parameter> parameters(Operation operation, String in) {
		return (operation.getParameters() == null) ? List.of()
				: operation.getParameters().stream().filter(parameter -> in.equals(parameter.getIn())).toList();
	}

}
