package org.warnews.api;

import org.warnews.model.DateRange;

/** The {@code from} and {@code to} parameters of the API's lists, described once for the OpenAPI description. */
final class ApiDates {

	static final String FROM = "Only claims that may have been made on or after this day (YYYY-MM-DD). "
			+ DateRange.RULE;

	static final String TO = "Only claims that may have been made on or before this day (YYYY-MM-DD). "
			+ DateRange.RULE;

	private ApiDates() {
	}

	/** The range, or a 400 problem that says which parameter is wrong and why. */
	static DateRange parse(String from, String to) {
		try {
			return DateRange.parse(from, to);
		}
		catch (DateRange.Invalid ex) {
			throw new BadParameterException("Parameter " + ex.getMessage());
		}
	}

}
