package org.warnews.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.warnews.model.DatePrecision;

/**
 * When a claim was made, as each citation format can say it: the parts that are known, and whether the date is
 * exact. A year is always given, so that reference managers can sort and format the claim; a month only when the
 * source gives it, a day only when it gives the day. A date known only as "on or before" a day gives that day's
 * year, marked as uncertain in the format's own way; its wording stays in every format's note.
 */
record CitedDate(LocalDate date, DatePrecision precision) {

	int year() {
		return this.date.getYear();
	}

	boolean hasMonth() {
		return switch (this.precision) {
			case DAY, MONTH, APPROXIMATE -> true;
			case YEAR, ON_OR_BEFORE -> false;
		};
	}

	/** Known to the precision it is given with; approximate and "on or before" dates are not. */
	boolean exact() {
		return switch (this.precision) {
			case DAY, MONTH, YEAR -> true;
			case APPROXIMATE, ON_OR_BEFORE -> false;
		};
	}

	/** The BibTeX month macro: jan, feb, …; only when {@link #hasMonth()}. */
	String bibtexMonth() {
		return this.date.getMonth().name().substring(0, 3).toLowerCase(Locale.ROOT);
	}

	/**
	 * ISO 8601-2 (EDTF), as biblatex reads it: "2025-06-12", "2022-02", "2025", "2022-02~" (approximate), "2025?"
	 * (on or before a day of 2025: the year is the latest it can be, and uncertain).
	 */
	String edtf() {
		return switch (this.precision) {
			case DAY -> this.date.toString();
			case MONTH -> this.date.toString().substring(0, 7);
			case YEAR -> String.valueOf(year());
			case APPROXIMATE -> this.date.toString().substring(0, 7) + "~";
			case ON_OR_BEFORE -> year() + "?";
		};
	}

	/**
	 * RIS dates are "YYYY/MM/DD/other", with empty parts for what is unknown; the free text after the last slash
	 * says how an inexact date is known: "2025///on or before 13 June 2025".
	 */
	String ris() {
		String month = hasMonth() ? "%02d".formatted(this.date.getMonthValue()) : "";
		String day = (this.precision == DatePrecision.DAY) ? "%02d".formatted(this.date.getDayOfMonth()) : "";
		return year() + "/" + month + "/" + day + "/" + (exact() ? "" : label());
	}

	/** An exact day, as RIS writes it ("2026/11/30/"). */
	static String risDay(LocalDate day) {
		return new CitedDate(day, DatePrecision.DAY).ris();
	}

	/**
	 * CSL-JSON: the known date parts, {@code circa} when the date is not exact, and then its wording as a literal,
	 * which processors show instead of the parts.
	 */
	Map<String, Object> csl() {
		List<Integer> parts = new ArrayList<>(List.of(year()));
		if (hasMonth()) {
			parts.add(this.date.getMonthValue());
		}
		if (this.precision == DatePrecision.DAY) {
			parts.add(this.date.getDayOfMonth());
		}
		Map<String, Object> csl = new LinkedHashMap<>();
		csl.put("date-parts", List.of(parts));
		if (!exact()) {
			csl.put("circa", true);
			csl.put("literal", label());
		}
		return csl;
	}

	/** An exact day, as CSL-JSON writes it. */
	static Map<String, Object> cslDay(LocalDate day) {
		return new CitedDate(day, DatePrecision.DAY).csl();
	}

	/** The site's wording: "12 June 2025", "about June 2025", "on or before 13 June 2025". */
	String label() {
		return this.precision.label(this.date);
	}

}
