package org.warnews.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "Relation", description = "How a claim relates to another claim, recorded by the editors where the "
		+ "source text shows it. Every relation appears on both of its claims: as written (direction \"outgoing\", "
		+ "e.g. \"restates\") on the claim that carries it, and read the other way (\"incoming\", \"is restated by\") "
		+ "on the claim it points to.")
record RelationJson(
		@NotNull @Schema(allowableValues = { "restates", "supports", "disputes", "updates", "characterises" },
				description = "restates: the same claimant says the same again; supports / disputes: another claimant "
						+ "agrees with / contradicts the other claim; updates: the same claimant gives a newer figure "
						+ "for the same measure; characterises: the claim describes or judges the other claim") String type,
		@NotNull @Schema(allowableValues = { "outgoing", "incoming" },
				description = "outgoing: this claim carries the relation; incoming: the other claim does") String direction,
		@NotNull @Schema(description = "The relation as this claim reads it, e.g. \"restates\" or \"is restated by\"")
		String wording,
		@NotNull @Schema(description = "The other claim") ClaimRef claim) {
}
