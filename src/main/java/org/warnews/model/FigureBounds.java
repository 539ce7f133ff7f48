package org.warnews.model;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A figure's uncertainty, derived by one rule from its value and the source's qualifier (never typed twice by an
 * editor): a single stated number is the best value with no range; "more than" or "at least" N is a floor (low = N,
 * no best, no high); "up to" N a ceiling (high = N); "around", "roughly" or "about" N an approximate best value,
 * with no range invented for it. A range the text states beside a number (low, high) is kept where the qualifier
 * allows one: around a best value that is exact. Vague quantities ("dozens", "hundreds") are not figures at all.
 */
public record FigureBounds(BigDecimal low, BigDecimal best, BigDecimal high, boolean approximate) {

	/** How the source qualifies a number, with the part of the rule it follows. */
	public enum Qualifier {

		EXACTLY("exactly", Shape.POINT), MORE_THAN("more than", Shape.FLOOR), AT_LEAST("at least", Shape.FLOOR),
		UP_TO("up to", Shape.CEILING), AROUND("around", Shape.APPROXIMATE), ROUGHLY("roughly", Shape.APPROXIMATE),
		ABOUT("about", Shape.APPROXIMATE);

		private final String words;

		private final Shape shape;

		Qualifier(String words, Shape shape) {
			this.words = words;
			this.shape = shape;
		}

		public String words() {
			return this.words;
		}

		/** The qualifier written as the source writes it; none at all is a plain stated number. */
		public static Qualifier of(String words) {
			if (words == null) {
				return EXACTLY;
			}
			return Arrays.stream(values())
				.filter(qualifier -> qualifier.words.equals(words))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("“" + words + "” is not a qualifier of figures"));
		}

	}

	/** What a figure's number is: a value, a floor, a ceiling, an approximate value, or a value within a range. */
	public enum Shape {

		POINT("point"), RANGE("range"), FLOOR("floor"), CEILING("ceiling"), APPROXIMATE("approximate");

		private final String code;

		Shape(String code) {
			this.code = code;
		}

		public String getCode() {
			return this.code;
		}

	}

	public FigureBounds {
		if (low != null && high != null && low.compareTo(high) > 0) {
			throw new IllegalArgumentException("low " + low + " is above high " + high);
		}
	}

	/**
	 * The bounds of a stated value under its qualifier, with the range the text states (each may be null).
	 * @throws IllegalArgumentException saying why, for the editor, when the range does not fit the qualifier
	 */
	public static FigureBounds of(BigDecimal value, String qualifierWords, BigDecimal statedLow, BigDecimal statedHigh) {
		Qualifier qualifier = Qualifier.of(qualifierWords);
		String stated = "“" + qualifier.words + " " + value.toPlainString() + "”";
		return switch (qualifier.shape) {
			case FLOOR -> {
				if (statedHigh != null || (statedLow != null && statedLow.compareTo(value) != 0)) {
					throw new IllegalArgumentException(stated + " is a floor: its low is the value itself and it has "
							+ "no high; remove the range");
				}
				yield new FigureBounds(value, null, null, false);
			}
			case CEILING -> {
				if (statedLow != null || (statedHigh != null && statedHigh.compareTo(value) != 0)) {
					throw new IllegalArgumentException(stated + " is a ceiling: its high is the value itself and it has "
							+ "no low; remove the range");
				}
				yield new FigureBounds(null, null, value, false);
			}
			case APPROXIMATE -> {
				if (statedLow != null || statedHigh != null) {
					throw new IllegalArgumentException(stated + " is an approximate value: the text gives no range, "
							+ "so none is recorded; remove the range");
				}
				yield new FigureBounds(null, value, null, true);
			}
			default -> {
				if ((statedLow != null && statedLow.compareTo(value) > 0)
						|| (statedHigh != null && statedHigh.compareTo(value) < 0)) {
					throw new IllegalArgumentException("the range " + range(statedLow, statedHigh)
							+ " does not contain the value " + value.toPlainString() + ": low ≤ value ≤ high");
				}
				yield new FigureBounds(statedLow, value, statedHigh, false);
			}
		};
	}

	private static String range(BigDecimal low, BigDecimal high) {
		return ((low != null) ? low.toPlainString() : "…") + "–" + ((high != null) ? high.toPlainString() : "…");
	}

	public Shape shape() {
		if (this.approximate) {
			return Shape.APPROXIMATE;
		}
		if (this.best == null) {
			return (this.low != null) ? Shape.FLOOR : Shape.CEILING;
		}
		return (this.low != null || this.high != null) ? Shape.RANGE : Shape.POINT;
	}

}
