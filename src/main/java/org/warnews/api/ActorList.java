package org.warnews.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "ActorList")
record ActorList(@NotNull List<ActorJson> actors) {
}
