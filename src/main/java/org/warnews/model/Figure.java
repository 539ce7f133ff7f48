package org.warnews.model;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;

/** A number inside a claim: what is counted, how exactly, and over which period. */
@Entity
@Immutable
public class Figure {

	@Id
	private Integer id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Claim claim;

	private String metric;

	private String metricLabel;

	private BigDecimal value;

	private String qualifier;

	private String unit;

	private String counted;

	private LocalDate periodStart;

	private String periodPhrase;

	private String inference;

	@Convert(converter = FigureKind.Column.class)
	private FigureKind kind;

	private BigDecimal low;

	private BigDecimal best;

	private BigDecimal high;

	private boolean approximate;

	private LocalDate periodEnd;

	private Boolean cumulative;

	private String excludes;

	protected Figure() {
	}

	/** Its low, best and high values, by the qualifier rule. */
	public FigureBounds getBounds() {
		return new FigureBounds(this.low, this.best, this.high, this.approximate);
	}

	/** A value, a floor, a ceiling, an approximate value or a value within a range. */
	public FigureBounds.Shape getShape() {
		return getBounds().shape();
	}

	/** What the number is, by the qualifier rule, e.g. "a floor at 1,000,000, no upper bound stated". */
	public String getShapeLabel() {
		return switch (getShape()) {
			case POINT -> "a stated value";
			case RANGE -> "best " + number(this.best) + ", range " + ((this.low != null) ? number(this.low)
					: "not stated") + " to " + ((this.high != null) ? number(this.high) : "not stated");
			case FLOOR -> "a floor at " + number(this.low) + ", no upper bound stated";
			case CEILING -> "a ceiling at " + number(this.high) + ", no lower bound stated";
			case APPROXIMATE -> "an approximate value, no range stated";
		};
	}

	/** e.g. "from 24 February 2022 to 30 June 2025", "from 24 February 2022; end not stated", or null. */
	public String getPeriodDates() {
		if (this.periodStart == null && this.periodEnd == null) {
			return null;
		}
		String start = (this.periodStart != null) ? "from " + getPeriodStartLabel() : "start not stated";
		String end = (this.periodEnd != null) ? " to " + DatePrecision.DAY.label(this.periodEnd) : "; end not stated";
		return start + end;
	}

	/** The value as the claimant put it, e.g. "more than 1,000,000". */
	public String getValueLabel() {
		String number = number(this.value);
		return (this.qualifier == null) ? number : this.qualifier + " " + number;
	}

	/**
	 * How the site writes a number, e.g. "1,000,000". A format is made per call: NumberFormat is not safe to share
	 * between request threads.
	 */
	public static String number(Number value) {
		return NumberFormat.getNumberInstance(Locale.UK).format(value);
	}

	public Integer getId() {
		return this.id;
	}

	public Claim getClaim() {
		return this.claim;
	}

	public String getMetric() {
		return this.metric;
	}

	public String getMetricLabel() {
		return this.metricLabel;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public String getQualifier() {
		return this.qualifier;
	}

	public String getUnit() {
		return this.unit;
	}

	public String getCounted() {
		return this.counted;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	/** e.g. "24 February 2022", or null when the period has no start date. */
	public String getPeriodStartLabel() {
		return (this.periodStart != null) ? DatePrecision.DAY.label(this.periodStart) : null;
	}

	public String getPeriodPhrase() {
		return this.periodPhrase;
	}

	public String getInference() {
		return this.inference;
	}

	public FigureKind getKind() {
		return this.kind;
	}

	public BigDecimal getLow() {
		return this.low;
	}

	public BigDecimal getBest() {
		return this.best;
	}

	public BigDecimal getHigh() {
		return this.high;
	}

	public boolean isApproximate() {
		return this.approximate;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	/** Whether the figure is a running total; null when the source does not say. */
	public Boolean getCumulative() {
		return this.cumulative;
	}

	/** What the figure leaves out, in the source's terms, when the source says so. */
	public String getExcludes() {
		return this.excludes;
	}

}
