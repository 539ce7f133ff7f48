package org.warnews.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "Source", description = "A news article, stored verbatim.")
record SourceJson(@NotNull String slug, @NotNull String headline, @NotNull String standfirst,
		@NotNull LocalDate publishedOn,
		@NotNull @Schema(description = "SHA-256 of the verbatim text (hex); check it against plainTextUrl") String sha256,
		@NotNull String url, @NotNull @Schema(description = "The full text with paragraph anchors") String textUrl,
		@NotNull @Schema(description = "The stored text, byte for byte") String plainTextUrl, @NotNull String apiUrl,
		@NotNull List<ItemRef> items, @NotNull Instant updatedAt) {
}
