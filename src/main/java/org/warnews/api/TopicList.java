package org.warnews.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "TopicList")
record TopicList(@NotNull List<TopicJson> topics) {
}
