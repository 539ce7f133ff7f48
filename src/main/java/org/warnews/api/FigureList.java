package org.warnews.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "FigureList", description = "Figures grouped by metric, newest claim first. Compare within a metric only.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record FigureList(@NotNull Integer page, @NotNull Integer size, @NotNull Long totalFigures, @NotNull Integer totalPages,
		@Schema(description = "The next page, if there is one") String next,
		@Schema(description = "The previous page, if there is one") String previous, @NotNull List<FigureJson> figures) {
}
