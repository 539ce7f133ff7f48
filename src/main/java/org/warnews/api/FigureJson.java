package org.warnews.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "Figure", description = "A number inside a claim. Figures of different metrics count different things: never add them up.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record FigureJson(@NotNull Integer id, @NotNull @Schema(description = "What is measured, as a slug") String metric,
		@NotNull String metricLabel, @NotNull BigDecimal value,
		@Schema(allowableValues = { "exactly", "more than", "roughly", "around" }) String qualifier,
		@NotNull @Schema(description = "The value as the claimant put it, e.g. \"more than 1,000,000\"") String valueLabel,
		@NotNull String unit, @NotNull String counted, LocalDate periodStart, @NotNull String periodPhrase,
		@Schema(description = "Set when the metric label or period is inferred: from what") String inference,
		@Schema(description = "The claim this figure belongs to (in the figures list only)") ClaimRef claim) {
}
