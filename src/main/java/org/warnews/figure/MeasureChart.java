package org.warnews.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.warnews.model.Actor;
import org.warnews.model.Claim;
import org.warnews.model.DatePrecision;
import org.warnews.model.Figure;
import org.warnews.model.FigureBounds;

/**
 * Every figure of one measure over time: x is when it was said, drawn as precisely as it is known (a day is a point,
 * a month or a year a span, an "on or before" date a dashed line running back off the chart's left edge); y is the
 * value with its uncertainty (a range as a bar, a floor as an arrow pointing up from it, a ceiling as an arrow
 * pointing down, an approximate value marked "≈"). One symbol per claimant, named in the legend. The geometry is
 * computed here, so that the template only places shapes (SVG units; the chart scales with CSS).
 */
record MeasureChart(String metric, String label, List<Mark> marks, List<Series> legend, List<Tick> yTicks,
		List<Tick> xTicks, String description) {

	static final int WIDTH = 720;

	static final int HEIGHT = 400;

	// Room for the widest value label ("1,000,000") at the phone size of the tick font.
	static final int LEFT = 120;

	static final int RIGHT = WIDTH - 24;

	static final int TOP = 20;

	static final int BOTTOM = HEIGHT - 58;

	/** How far an arrow for a floor or a ceiling reaches beyond its mark. */
	static final int ARROW = 30;

	/** The symbols told apart by shape, not only colour; after the last, they repeat with another colour. */
	enum Symbol {

		CIRCLE, SQUARE, DIAMOND, TRIANGLE, CROSS, STAR;

		/** The symbol centred on (x, y), as an SVG path. */
		String path(double x, double y) {
			double r = 7;
			return switch (this) {
				case CIRCLE -> "M%.1f %.1fa%.1f %.1f 0 1 0 %.1f 0a%.1f %.1f 0 1 0 %.1f 0z".formatted(x - r, y, r, r, 2 * r,
						r, r, -2 * r);
				case SQUARE -> "M%.1f %.1fh%.1fv%.1fh%.1fz".formatted(x - r, y - r, 2 * r, 2 * r, -2 * r);
				case DIAMOND -> "M%.1f %.1fl%.1f %.1fl%.1f %.1fl%.1f %.1fz".formatted(x, y - r - 2, r + 2, r + 2, -r - 2,
						r + 2, -r - 2, -r - 2);
				case TRIANGLE -> "M%.1f %.1fl%.1f %.1fh%.1fz".formatted(x, y - r - 1, r + 1, 2 * r, -2 * r - 2);
				case CROSS -> "M%.1f %.1fh4v6h6v4h-6v6h-4v-6h-6v-4h6z".formatted(x - 2, y - 8);
				case STAR -> star(x, y, r + 2);
			};
		}

		private static String star(double x, double y, double r) {
			StringBuilder path = new StringBuilder();
			for (int i = 0; i < 10; i++) {
				double radius = (i % 2 == 0) ? r : r * 0.45;
				double angle = Math.PI / 5 * i - Math.PI / 2;
				path.append((i == 0) ? "M" : "L")
					.append("%.1f %.1f".formatted(x + radius * Math.cos(angle), y + radius * Math.sin(angle)));
			}
			return path.append('z').toString();
		}

	}

	/** One claimant: its symbol and colour (CSS class {@code series-N}). */
	record Series(Actor actor, Symbol symbol, int colour) {

		public String cssClass() {
			return "series-" + this.colour;
		}

		public String slug() {
			return this.actor.getSlug();
		}

		/** The symbol for the legend, in its own 20 × 20 box. */
		public String legendPath() {
			return this.symbol.path(10, 10);
		}

	}

	/** An axis label at {@code at} (x or y, in SVG units). */
	record Tick(int at, String text) {
	}

	/**
	 * One figure: where its symbol sits, the span of its date ({@code fromX} below the chart's left edge when only
	 * its latest possible day is known), and the vertical extent of its value.
	 */
	record Mark(Figure figure, Series series, int x, int y, int fromX, int toX, int lowY, int highY) {

		public String symbolPath() {
			return this.series.symbol.path(this.x, this.y);
		}

		public String shape() {
			return this.figure.getShape().getCode();
		}

		/** When the day is not known: the mark stands at the latest possible day, a dashed line runs back. */
		public boolean onOrBefore() {
			return this.figure.getClaim().getSaidOnPrecision() == DatePrecision.ON_OR_BEFORE;
		}

		/** A month, a year or an approximate date: drawn as the span it covers. */
		public boolean spansDays() {
			return !onOrBefore() && this.fromX != this.toX;
		}

		public boolean floor() {
			return this.figure.getShape() == FigureBounds.Shape.FLOOR;
		}

		public boolean ceiling() {
			return this.figure.getShape() == FigureBounds.Shape.CEILING;
		}

		public boolean range() {
			return this.figure.getShape() == FigureBounds.Shape.RANGE;
		}

		public boolean approximate() {
			return this.figure.getShape() == FigureBounds.Shape.APPROXIMATE;
		}

		/** The arrow of a floor (up) or a ceiling (down), from the mark. */
		public String arrowPath() {
			int direction = floor() ? -1 : 1;
			int tip = this.y + direction * ARROW;
			return "M%d %dV%d M%d %dL%d %dL%d %d".formatted(this.x, this.y + direction * 9, tip, this.x - 5,
					tip - direction * 7, this.x, tip, this.x + 5, tip - direction * 7);
		}

		/** The dashed line back from an "on or before" date to the chart's edge, with an arrowhead there. */
		public String earlierPath() {
			return "M%d %dH%d M%d %dL%d %dL%d %d".formatted(this.toX - 9, this.y, LEFT + 2, LEFT + 9, this.y - 5, LEFT + 2,
					this.y, LEFT + 9, this.y + 5);
		}

		/** Low, best and high, e.g. "1,000,000 · — · —". */
		public String boundsText() {
			return FigureWords.number(this.figure.getLow()) + " · " + FigureWords.number(this.figure.getBest()) + " · "
					+ FigureWords.number(this.figure.getHigh());
		}

		/** What the number is, by the qualifier rule, e.g. "a floor at 1,000,000, no upper bound stated". */
		public String shapeText() {
			return this.figure.getShapeLabel();
		}

		/** The figure in words, for the mark's tooltip and the chart's description. */
		public String text() {
			Claim claim = this.figure.getClaim();
			return claim.getActor().getName() + ": " + FigureWords.value(this.figure) + " (" + shapeText()
					+ "), " + this.figure.getKind().getLabel() + ", said " + claim.getSaidOnLabel() + ".";
		}

	}

	/** The chart of these figures, all of one metric. */
	static MeasureChart of(List<Figure> figures) {
		List<Figure> byDate = figures.stream()
			.sorted(Comparator.comparing((Figure figure) -> figure.getClaim().getSaidOn())
				.thenComparing(Figure::getId))
			.toList();
		Map<Actor, Series> series = new LinkedHashMap<>();
		for (Figure figure : byDate) {
			Actor actor = figure.getClaim().getActor();
			if (!series.containsKey(actor)) {
				int n = series.size();
				series.put(actor, new Series(actor, Symbol.values()[n % Symbol.values().length], n % 8));
			}
		}
		ValueScale values = ValueScale.of(byDate);
		DateScale dates = DateScale.of(byDate);
		List<Mark> marks = byDate.stream().map(figure -> {
			Claim claim = figure.getClaim();
			LocalDate[] span = DateScale.span(claim.getSaidOn(), claim.getSaidOnPrecision());
			int toX = dates.x(span[1]);
			int fromX = (span[0] != null) ? dates.x(span[0]) : LEFT;
			int x = (span[0] != null) ? (fromX + toX) / 2 : toX;
			FigureBounds bounds = figure.getBounds();
			BigDecimal at = Stream.of(bounds.best(), bounds.low(), bounds.high()).filter(Objects::nonNull).findFirst()
				.orElse(figure.getValue());
			int lowY = values.y((bounds.low() != null) ? bounds.low() : at);
			int highY = values.y((bounds.high() != null) ? bounds.high() : at);
			return new Mark(figure, series.get(claim.getActor()), x, values.y(at), fromX, toX, lowY, highY);
		}).toList();
		Figure first = byDate.get(0);
		String description = marks.stream().map(Mark::text).collect(Collectors.joining(" "));
		return new MeasureChart(first.getMetric(), first.getMetricLabel(), marks, List.copyOf(series.values()),
				values.ticks(), dates.ticks(), description);
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return RIGHT;
	}

	public int top() {
		return TOP;
	}

	public int bottom() {
		return BOTTOM;
	}

	/** Whether any mark needs each line of the key under the chart. */
	public boolean has(String shape) {
		return this.marks.stream().anyMatch(mark -> switch (shape) {
			case "on-or-before" -> mark.onOrBefore();
			case "span" -> mark.spansDays();
			default -> mark.shape().equals(shape);
		});
	}

	/** Values to y: from zero (so that lengths compare honestly) to a round number above the largest bound. */
	private record ValueScale(double max, double step) {

		static ValueScale of(List<Figure> figures) {
			double largest = figures.stream()
				.flatMap(figure -> Stream.of(figure.getLow(), figure.getBest(), figure.getHigh(), figure.getValue()))
				.filter(Objects::nonNull)
				.mapToDouble(BigDecimal::doubleValue)
				.max()
				.orElse(1);
			// Room above the largest for a floor's arrow.
			double step = niceStep(Math.max(largest, 1) * 1.2 / 4);
			return new ValueScale(Math.ceil(Math.max(largest, 1) * 1.2 / step) * step, step);
		}

		private static double niceStep(double rough) {
			double power = Math.pow(10, Math.floor(Math.log10(rough)));
			double fraction = rough / power;
			double nice = (fraction <= 1) ? 1 : (fraction <= 2) ? 2 : (fraction <= 5) ? 5 : 10;
			return nice * power;
		}

		int y(BigDecimal value) {
			return (int) Math.round(BOTTOM - value.doubleValue() / this.max * (BOTTOM - TOP));
		}

		List<Tick> ticks() {
			List<Tick> ticks = new ArrayList<>();
			for (double value = 0; value <= this.max + this.step / 2; value += this.step) {
				ticks.add(new Tick(y(BigDecimal.valueOf(value)), Figure.number(Math.round(value))));
			}
			return ticks;
		}

	}

	/** Days to x, over the dates said, with a margin so that no mark sits on an edge. */
	private record DateScale(LocalDate first, LocalDate last) {

		static DateScale of(List<Figure> figures) {
			List<LocalDate[]> spans = figures.stream()
				.map(figure -> span(figure.getClaim().getSaidOn(), figure.getClaim().getSaidOnPrecision()))
				.toList();
			LocalDate last = spans.stream().map(span -> span[1]).max(Comparator.naturalOrder()).orElseThrow();
			LocalDate first = spans.stream()
				.map(span -> (span[0] != null) ? span[0] : span[1])
				.min(Comparator.naturalOrder())
				.orElseThrow();
			long days = ChronoUnit.DAYS.between(first, last);
			long margin = Math.max(15, days / 12);
			return new DateScale(first.minusDays(margin), last.plusDays(margin));
		}

		/** The first and last day a date of this precision may be; the first is null for "on or before". */
		static LocalDate[] span(LocalDate date, DatePrecision precision) {
			return switch (precision) {
				case DAY -> new LocalDate[] { date, date };
				case MONTH, APPROXIMATE -> new LocalDate[] { date.withDayOfMonth(1), date.withDayOfMonth(date.lengthOfMonth()) };
				case YEAR -> new LocalDate[] { date.withDayOfYear(1), date.withDayOfYear(date.lengthOfYear()) };
				case ON_OR_BEFORE -> new LocalDate[] { null, date };
			};
		}

		int x(LocalDate date) {
			double total = ChronoUnit.DAYS.between(this.first, this.last);
			return (int) Math.round(LEFT + ChronoUnit.DAYS.between(this.first, date) / total * (RIGHT - LEFT));
		}

		/** About five labels: months when the chart spans less than two years, years otherwise. */
		List<Tick> ticks() {
			long months = ChronoUnit.MONTHS.between(this.first, this.last);
			boolean byYear = months >= 24;
			int every = (int) Math.max(1, (byYear ? months / 12 : months) / 5);
			LocalDate tick = byYear ? this.first.withDayOfYear(1).plusYears(1) : this.first.withDayOfMonth(1).plusMonths(1);
			List<Tick> ticks = new ArrayList<>();
			while (!tick.isAfter(this.last)) {
				ticks.add(new Tick(x(tick), byYear ? String.valueOf(tick.getYear())
						: DatePrecision.MONTH.label(tick).replaceFirst("(\\w{3})\\w* ", "$1 ")));
				tick = byYear ? tick.plusYears(every) : tick.plusMonths(every);
			}
			return ticks;
		}

	}

}
