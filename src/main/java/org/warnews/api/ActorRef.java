package org.warnews.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "ActorRef", description = "Who makes a claim: a person, organisation, state or the publication.")
record ActorRef(@NotNull String slug, @NotNull String name,
		@NotNull @Schema(allowableValues = { "person", "organisation", "state", "publication" }) String kind,
		@NotNull @Schema(description = "The claimant's page") String url, @NotNull String apiUrl) {
}
