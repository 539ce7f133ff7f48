package org.warnews.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "ItemList", description = "One page of items, newest source first, in text order within a source.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ItemList(@NotNull Integer page, @NotNull Integer size, @NotNull Long totalItems, @NotNull Integer totalPages,
		@Schema(description = "The next page, if there is one") String next,
		@Schema(description = "The previous page, if there is one") String previous, @NotNull List<ItemJson> items) {
}
