package org.warnews.model;

import java.util.Arrays;
import java.util.Optional;

import jakarta.persistence.AttributeConverter;

/**
 * How one claim relates to another, as the editors record it under the first claim. Each type reads one way from the
 * claim that carries it ("restates") and the other way from the claim it points to ("is restated by"), and says
 * whether both claims must have the same claimant, a different one, or either.
 */
public enum RelationType {

	/** The same claimant says the same again, e.g. the article's paraphrase of a direct quote. */
	RESTATES("restates", "is restated by", Claimants.SAME),

	/** Another claimant agrees with the claim. */
	SUPPORTS("supports", "is supported by", Claimants.DIFFERENT),

	/** Another claimant contradicts the claim. */
	DISPUTES("disputes", "is disputed by", Claimants.DIFFERENT),

	/** The same claimant gives a newer figure for the same measure. */
	UPDATES("updates", "is updated by", Claimants.SAME),

	/** The claim describes or judges the other claim, most often the publication's words about a claim it reports. */
	CHARACTERISES("characterises", "is characterised by", Claimants.ANY);

	/** Whose claims a type may join. */
	public enum Claimants {

		SAME, DIFFERENT, ANY;

		/** Whether two claims of these claimants may be joined. */
		public boolean allow(String claimant, String otherClaimant) {
			return switch (this) {
				case SAME -> claimant.equals(otherClaimant);
				case DIFFERENT -> !claimant.equals(otherClaimant);
				case ANY -> true;
			};
		}

	}

	private final String code;

	private final String inverseWording;

	private final Claimants claimants;

	RelationType(String code, String inverseWording, Claimants claimants) {
		this.code = code;
		this.inverseWording = inverseWording;
		this.claimants = claimants;
	}

	public String getCode() {
		return this.code;
	}

	/** How the claim that carries the relation reads it: its code, "restates". */
	public String getWording() {
		return this.code;
	}

	/** How the claim it points to reads it: "is restated by". */
	public String getInverseWording() {
		return this.inverseWording;
	}

	public Claimants getClaimants() {
		return this.claimants;
	}

	/** The type of this code, or empty when there is none such. */
	public static Optional<RelationType> find(String code) {
		return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
	}

	/** The column holds the code, as the annotation files, the API and the open data write it. */
	public static class Column implements AttributeConverter<RelationType, String> {

		@Override
		public String convertToDatabaseColumn(RelationType type) {
			return (type != null) ? type.code : null;
		}

		@Override
		public RelationType convertToEntityAttribute(String code) {
			return (code != null)
					? find(code).orElseThrow(() -> new IllegalStateException("Unknown relation type " + code)) : null;
		}

	}

}
