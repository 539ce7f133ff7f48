package org.warnews.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "ClaimRef")
record ClaimRef(@NotNull Integer id, @NotNull String slug, @NotNull String summary, @NotNull ActorRef claimant,
		@NotNull SaidJson said, @NotNull String url, @NotNull String apiUrl) {
}
