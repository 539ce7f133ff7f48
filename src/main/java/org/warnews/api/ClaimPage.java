package org.warnews.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "ClaimPage", description = "One page of claims, newest source first, in text order within it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ClaimPage(@NotNull Integer page, @NotNull Integer size, @NotNull Long totalClaims, @NotNull Integer totalPages,
		@Schema(description = "The next page, if there is one") String next,
		@Schema(description = "The previous page, if there is one") String previous, @NotNull List<ClaimJson> claims) {
}
