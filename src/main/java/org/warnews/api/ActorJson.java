package org.warnews.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "Actor", description = "A claimant: a person, organisation, state, or the publication itself.")
record ActorJson(@NotNull String slug, @NotNull String name,
		@NotNull @Schema(allowableValues = { "person", "organisation", "state", "publication" }) String kind,
		@NotNull String description,
		@NotNull @Schema(description = "Other spellings and names, e.g. Zelenskyy") List<String> aliases,
		@NotNull Long claimCount, @NotNull String url, @NotNull String apiUrl,
		@NotNull @Schema(description = "The actor's claims in the API") String claimsUrl) {
}
