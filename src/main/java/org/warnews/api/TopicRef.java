package org.warnews.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "TopicRef")
record TopicRef(@NotNull String slug, @NotNull String name, @NotNull String url, @NotNull String apiUrl) {
}
