package org.warnews.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The {@code from} and {@code to} filters of the lists and searches: ISO days, either or both left open. A claim
 * matches when the days it may have been made on overlap the range (see {@link #RULE}); the days are the claim
 * table's {@code said_from} and {@code said_to} (V36).
 */
public record DateRange(LocalDate from, LocalDate to) {

	/** The rule, as the API's description and the about page state it. */
	public static final String RULE = "A claim matches when the days it may have been made on overlap the range: "
			+ "a day-precise date is that day; a month, the whole month; a year, the whole year; \"about\" a month, "
			+ "that month and the month either side of it; \"on or before\" a day, any day up to and including it. "
			+ "Both ends are included.";

	public static final DateRange ANY = new DateRange(null, null);

	/** A range given as text; {@link Invalid} with a reader's message when a day is no ISO day or from is after to. */
	public static DateRange parse(String from, String to) {
		DateRange range = new DateRange(day("from", from), day("to", to));
		if (range.from != null && range.to != null && range.from.isAfter(range.to)) {
			throw new Invalid("'from' (" + range.from + ") is after 'to' (" + range.to
					+ "): give the earlier day as 'from'.");
		}
		return range;
	}

	private static LocalDate day(String name, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Invalid("'" + name + "' must be a day of the calendar written YYYY-MM-DD, e.g. 2025-06-13.");
		}
	}

	public boolean any() {
		return this.from != null || this.to != null;
	}

	/** A range that cannot be read: the message says which end and why, for readers and API clients alike. */
	public static class Invalid extends IllegalArgumentException {

		Invalid(String message) {
			super(message);
		}

	}

}
