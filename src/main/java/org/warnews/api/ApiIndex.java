package org.warnews.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "ApiIndex", description = "Where everything is.")
record ApiIndex(@NotNull String sources, @NotNull String items, @NotNull String claims, @NotNull String topics,
		@NotNull String actors, @NotNull String figures,
		@NotNull @Schema(description = "This API's OpenAPI description") String openapi,
		@NotNull @Schema(description = "A browsable page of the OpenAPI description") String docs,
		@NotNull @Schema(description = "Every claim as CSV, with its provenance") String claimsCsv,
		@NotNull @Schema(description = "Every claim as JSON, with its provenance") String claimsJson,
		@NotNull String feed, @NotNull String sitemap, @NotNull String attribution) {
}
