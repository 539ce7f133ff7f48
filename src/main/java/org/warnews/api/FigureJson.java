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
		@Schema(allowableValues = { "exactly", "more than", "at least", "up to", "around", "roughly", "about" }) String qualifier,
		@NotNull @Schema(description = "The value as the claimant put it, e.g. \"more than 1,000,000\"") String valueLabel,
		@NotNull String unit, @NotNull String counted, LocalDate periodStart, @NotNull String periodPhrase,
		@Schema(description = "Set when the metric label or period is inferred: from what") String inference,
		@NotNull @Schema(description = "Where the figure comes from as the source presents it: the claimant's own "
				+ "official figure, an independent count, or an estimate",
				allowableValues = { "official-claim", "independent-count", "estimate" }) String kind,
		@Schema(description = "The lowest value the figure allows, derived from the value and its qualifier (a floor's "
				+ "value, or a range's low as the source states it); absent when the source gives no lower bound") BigDecimal low,
		@Schema(description = "The best value: the stated number, unless it is a floor or a ceiling") BigDecimal best,
		@Schema(description = "The highest value the figure allows (a ceiling's value, or a range's high as the source "
				+ "states it); absent when the source gives no upper bound") BigDecimal high,
		@NotNull @Schema(description = "True for \"around\", \"roughly\", \"about\": no range is invented for it") Boolean approximate,
		@NotNull @Schema(description = "What the number is, by the qualifier rule: a stated value (point), a value within "
				+ "a stated range, a floor (more than, at least), a ceiling (up to), or an approximate value",
				allowableValues = { "point", "range", "floor", "ceiling", "approximate" }) String shape,
		@Schema(description = "The counting period's last day, only when the source states one; absent, the period "
				+ "runs at most to when the figure was said") LocalDate periodEnd,
		@Schema(description = "Whether the figure is a running total; absent when the source does not say") Boolean cumulative,
		@Schema(description = "What the figure leaves out, in the source's terms, when the source says so") String excludes,
		@Schema(description = "The claim this figure belongs to (in the figures list only)") ClaimRef claim) {
}
