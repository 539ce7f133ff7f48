package org.warnews.figure;

import org.warnews.model.Figure;
import org.warnews.model.FigureBounds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One small bar chart per metric: each claimant's figure for that one measure, as stated, with its qualifier and
 * the date it was said. Figures of different metrics are never put on one scale, merged or added up. The geometry
 * is computed here so that the template only places shapes and text (SVG units; the chart scales with CSS).
 */
record FigureChart(String metric, String label, List<Bar> bars, int height, String description, long total) {

	static final int WIDTH = 640;

	static final int BAR_MAX = 320;

	static final int ROW = 66;

	/** One claimant's figure: the bar's top edge and width, its text lines' baselines. */
	record Bar(Figure figure, int top, int width) {

		public int claimantY() {
			return this.top + 18;
		}

		public int barY() {
			return this.top + 28;
		}

		public int valueX() {
			return this.width + (floor() ? 24 : 10);
		}

		/** A floor's bar ends in an arrow (there may be more); a ceiling's is drawn open (there may be fewer). */
		public String shape() {
			return this.figure.getShape().getCode();
		}

		public boolean floor() {
			return this.figure.getShape() == FigureBounds.Shape.FLOOR;
		}

		/** The arrowhead past a floor's bar. */
		public String arrowPath() {
			int middle = barY() + 11;
			return "M%d %dL%d %dL%d %dz".formatted(this.width + 4, middle - 8, this.width + 15, middle, this.width + 4,
					middle + 8);
		}

		public int valueY() {
			return this.top + 45;
		}

		/** e.g. "more than 1,000,000 troops". */
		public String valueText() {
			return this.figure.getValueLabel() + " " + this.figure.getUnit();
		}

		/** e.g. "said 12 June 2025". */
		public String asOf() {
			return "said " + this.figure.getClaim().getSaidOnLabel();
		}

	}

	/** One chart per metric, of the figures given; {@code totals} says how many each metric has in all. */
	static List<FigureChart> byMetric(List<Figure> figures, Map<String, Long> totals) {
		return figures.stream()
			.collect(Collectors.groupingBy(Figure::getMetric, LinkedHashMap::new, Collectors.toList()))
			.values()
			.stream()
			.map(shown -> of(shown, totals.getOrDefault(shown.get(0).getMetric(), (long) shown.size())))
			.toList();
	}

	private static FigureChart of(List<Figure> figures, long total) {
		double max = figures.stream().mapToDouble(figure -> figure.getValue().doubleValue()).max().orElse(1);
		List<Bar> bars = new ArrayList<>();
		for (Figure figure : figures) {
			// Every stated figure gets a visible bar, however small next to the others.
			int width = (int) Math.max(2, Math.round(figure.getValue().doubleValue() / max * BAR_MAX));
			bars.add(new Bar(figure, bars.size() * ROW, width));
		}
		Figure first = figures.get(0);
		String description = figures.stream()
			.map(figure -> figure.getClaim().getActor().getName() + ": " + figure.getValueLabel() + " "
					+ figure.getUnit() + " (" + figure.getCounted() + ", " + figure.getPeriodPhrase() + "), said "
					+ figure.getClaim().getSaidOnLabel() + ".")
			.collect(Collectors.joining(" "));
		return new FigureChart(first.getMetric(), first.getMetricLabel(), bars, bars.size() * ROW + 4, description,
				total);
	}

	/** The bars whose figure has something inferred, for the notes under the chart. */
	public List<Bar> inferred() {
		return this.bars.stream().filter(bar -> bar.figure().getInference() != null).toList();
	}

	/** Whether only the newest of this metric's figures are shown. */
	public boolean cut() {
		return this.total > this.bars.size();
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + this.height;
	}

}
