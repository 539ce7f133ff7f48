package org.warnews.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "Correction", description = "A change to a published claim: when, why, and each part before and after.")
record CorrectionJson(@NotNull @Schema(description = "When the correction was published") Instant changedAt,
		@NotNull @Schema(description = "Why, in the editors' one public line") String reason,
		@NotNull @Schema(description = "The version the correction replaced") Integer replacedVersion,
		@NotNull @Schema(description = "The page of that version, as it read before") String replacedVersionUrl,
		@NotNull List<Change> changes) {

	@Schema(name = "CorrectionChange", description = "One part of the claim, as a reader reads it, before and after.")
	record Change(@NotNull @Schema(allowableValues = { "slug", "item", "claimant", "kind", "summary", "quote",
			"direct", "said", "via", "topics", "figures" }) String part, @NotNull String before, @NotNull String after) {
	}

}
