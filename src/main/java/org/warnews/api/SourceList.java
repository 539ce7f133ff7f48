package org.warnews.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "SourceList", description = "One page of sources, newest first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record SourceList(@NotNull Integer page, @NotNull Integer size, @NotNull Long totalSources, @NotNull Integer totalPages,
		@Schema(description = "The next page, if there is one") String next,
		@Schema(description = "The previous page, if there is one") String previous, @NotNull List<SourceJson> sources) {
}
