package org.warnews.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import jakarta.persistence.AttributeConverter;

/**
 * How precisely the source gives the date a claim was made. Stored as its code ('day', …, 'on-or-before'), which
 * is also what the API and the open data show.
 */
public enum DatePrecision {

	DAY("day"), MONTH("month"), YEAR("year"), APPROXIMATE("approximate"), ON_OR_BEFORE("on-or-before");

	/** The one way the site writes a day, in pages, citations, the feed and the open data. */
	private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private final String code;

	DatePrecision(String code) {
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

	public static DatePrecision of(String code) {
		return Arrays.stream(values())
			.filter(precision -> precision.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Unknown date precision " + code));
	}

	/** The date as precisely as this allows, e.g. "12 June 2025", "February 2022", "on or before 13 June 2025". */
	public String label(LocalDate date) {
		return switch (this) {
			case DAY -> DAY_FORMAT.format(date);
			case MONTH -> MONTH_FORMAT.format(date);
			case YEAR -> String.valueOf(date.getYear());
			case APPROXIMATE -> "about " + MONTH_FORMAT.format(date);
			case ON_OR_BEFORE -> "on or before " + DAY_FORMAT.format(date);
		};
	}

	/** The column holds the code: JPA's {@code EnumType.STRING} would store the constant's name ('ON_OR_BEFORE'). */
	public static class Column implements AttributeConverter<DatePrecision, String> {

		@Override
		public String convertToDatabaseColumn(DatePrecision precision) {
			return (precision != null) ? precision.code : null;
		}

		@Override
		public DatePrecision convertToEntityAttribute(String code) {
			return (code != null) ? of(code) : null;
		}

	}

}
