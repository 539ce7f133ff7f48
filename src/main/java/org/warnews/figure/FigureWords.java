package org.warnews.figure;

import java.math.BigDecimal;

import org.warnews.model.Figure;

/** A figure's value and uncertainty in words, the same on the chart, in its table and in its description. */
final class FigureWords {

	private FigureWords() {
	}

	/** e.g. "more than 1,000,000 troops". */
	static String value(Figure figure) {
		return figure.getValueLabel() + " " + figure.getUnit();
	}

	static String number(BigDecimal value) {
		return (value != null) ? Figure.number(value) : "—";
	}

}
