package org.warnews.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "FigureList", description = "Figures grouped by metric, newest claim first. Compare within a metric only.")
record FigureList(@NotNull List<FigureJson> figures) {
}
