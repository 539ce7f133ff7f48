package org.warnews.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "Topic", description = "A subject claims are filed under.")
record TopicJson(@NotNull String slug, @NotNull String name, @NotNull String description, @NotNull Long claimCount,
		@NotNull String url, @NotNull String apiUrl,
		@NotNull @Schema(description = "The topic's claims in the API") String claimsUrl) {
}
