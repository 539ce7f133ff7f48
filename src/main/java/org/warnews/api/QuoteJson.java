package org.warnews.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "Quote", description = "The exact span of the source text the claim rests on, verified by the database.")
record QuoteJson(@NotNull @Schema(description = "Verbatim text of the source at [start, end)") String text,
		@NotNull @Schema(description = "Whether these are the claimant's own words; otherwise the article's") Boolean direct,
		@NotNull @Schema(description = "0-based offset into the source text, in code points (Unicode characters, as PostgreSQL counts them)") Integer start,
		@NotNull @Schema(description = "End offset, exclusive") Integer end,
		@NotNull @Schema(description = "Paragraph number in the source text (anchor #p-N)") Integer paragraph,
		@NotNull @Schema(description = "Link into the full text at the quote (paragraph anchor and text fragment)") String textUrl) {
}
