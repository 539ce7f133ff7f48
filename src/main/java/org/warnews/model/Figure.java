package org.warnews.model;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

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

	protected Figure() {
	}

	/** The value as the claimant put it, e.g. "more than 1,000,000". */
	public String getValueLabel() {
		String number = NumberFormat.getIntegerInstance(Locale.UK).format(this.value);
		return (this.qualifier == null) ? number : this.qualifier + " " + number;
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

}
