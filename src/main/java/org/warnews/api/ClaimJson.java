package org.warnews.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "Claim", description = "One attributable assertion: who claims what, when, how, where it was reported, "
		+ "and the exact quote. A claim is never a statement of fact.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ClaimJson(@NotNull @Schema(description = "Stable id; /c/{id} redirects to the claim") Integer id,
		@NotNull String slug, @NotNull @Schema(description = "Permanent URL of the claim's page") String url,
		@NotNull String shortUrl, @NotNull String apiUrl,
		@NotNull @Schema(allowableValues = { "figure", "assertion", "plan", "hope", "call", "event", "characterisation" }) String kind,
		@NotNull @Schema(description = "A neutral one-line summary written by the editors; not a quote") String summary,
		@NotNull ActorRef claimant, @NotNull SaidJson said,
		@Schema(description = "How it was said, e.g. \"statement posted on X\"") String via, @NotNull QuoteJson quote,
		@NotNull SourceRef source, @NotNull ItemRef item, @NotNull List<TopicRef> topics,
		@NotNull List<FigureJson> figures,
		@NotNull @Schema(description = "When this record last changed") Instant updatedAt,
		@Schema(description = "This version's number: 1 as first published, one more after each correction (in the "
				+ "single claim only)") Integer version,
		@Schema(description = "Its corrections since it was published, newest first (in the single claim only)")
		List<CorrectionJson> corrections,
		@NotNull @Schema(description = "Its relations to other claims, both those it carries (outgoing) and those "
				+ "pointing at it (incoming)") List<RelationJson> relations) {
}
