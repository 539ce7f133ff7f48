package org.warnews.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "Item", description = "One story within a source, with its span of the source text.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ItemJson(@NotNull String slug, @NotNull Integer position, @NotNull String heading, @NotNull SourceRef source,
		@NotNull @Schema(description = "0-based offset of the item in the source text, in code points") Integer spanStart,
		@NotNull @Schema(description = "End offset, exclusive") Integer spanEnd, @NotNull String url,
		@NotNull String apiUrl, @NotNull Instant updatedAt,
		@Schema(description = "The item's claims in text order (on the item's own resource only)") List<ClaimJson> claims) {
}
