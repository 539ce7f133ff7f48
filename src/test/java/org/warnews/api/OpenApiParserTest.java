package org.warnews.api;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OpenAPI description read by swagger-parser, the parser behind Swagger's editor and code generators: no error
 * and no warning, every reference resolved, every route of the API described.
 */
@WarNewsTest
class OpenApiParserTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theOpenApiDescriptionParsesWithoutAMessage() throws Exception {
		String description = this.mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		options.setValidateInternalRefs(true);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(description, null, options);
		assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
		OpenAPI api = result.getOpenAPI();
		assertThat(api.getOpenapi()).startsWith("3.");
		assertThat(api.getPaths()).containsKeys("/api/v1/claims", "/api/v1/claims/{slug}", "/api/v1/sources",
				"/api/v1/topics", "/api/v1/actors", "/api/v1/figures", "/api/v1/search");
		api.getPaths().forEach((path, item) -> assertThat(item.getGet()).as(path).isNotNull()
			.satisfies(get -> assertThat(get.getResponses()).as(path).containsKey("200")));
	}

}
