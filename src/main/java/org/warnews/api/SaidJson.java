package org.warnews.api;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "Said", description = "When a claim was made, as precisely as the source allows.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record SaidJson(
		@NotNull @Schema(description = "The date; read it with its precision") LocalDate date,
		@NotNull @Schema(allowableValues = { "day", "month", "year", "approximate", "on-or-before" }) String precision,
		@NotNull @Schema(description = "The date as the site shows it, e.g. \"on or before 13 June 2025\"") String label,
		@Schema(description = "The source's own words for the date, e.g. \"on Thursday\"") String phrase,
		@Schema(description = "Set when the date is inferred: what it was resolved from") String inference) {
}
