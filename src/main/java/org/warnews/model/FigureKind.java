package org.warnews.model;

import java.util.Arrays;

import jakarta.persistence.AttributeConverter;

/**
 * Where a figure comes from, as the source presents it: a claimant's own official figure, a count of what an
 * independent counter could verify (often a floor), or an estimate (the source calls it one: modelled, or from
 * intelligence). Stored as its code, which is also what the annotation files, the API and the open data use.
 */
public enum FigureKind {

	OFFICIAL_CLAIM("official-claim"), INDEPENDENT_COUNT("independent-count"), ESTIMATE("estimate");

	private final String code;

	FigureKind(String code) {
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

	/** The code in words: "official claim". */
	public String getLabel() {
		return this.code.replace('-', ' ');
	}

	public static FigureKind of(String code) {
		return Arrays.stream(values())
			.filter(kind -> kind.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Unknown figure kind " + code));
	}

	/** The column holds the code, as for {@link DatePrecision}. */
	public static class Column implements AttributeConverter<FigureKind, String> {

		@Override
		public String convertToDatabaseColumn(FigureKind kind) {
			return (kind != null) ? kind.code : null;
		}

		@Override
		public FigureKind convertToEntityAttribute(String code) {
			return (code != null) ? of(code) : null;
		}

	}

}
