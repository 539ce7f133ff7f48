package org.warnews.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "SourceRef", description = "The news article a claim was reported in.")
record SourceRef(@NotNull String slug, @NotNull String headline, @NotNull LocalDate publishedOn,
		@NotNull @Schema(description = "SHA-256 of the verbatim text, hex") String sha256, @NotNull String url,
		@NotNull String apiUrl) {
}
