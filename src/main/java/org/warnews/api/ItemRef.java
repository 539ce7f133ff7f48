package org.warnews.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "ItemRef", description = "One story within a source article.")
record ItemRef(@NotNull String slug, @NotNull Integer position, @NotNull String heading, @NotNull String url,
		@NotNull String apiUrl) {
}
