package org.warnews.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "ItemList")
record ItemList(@NotNull List<ItemJson> items) {
}
