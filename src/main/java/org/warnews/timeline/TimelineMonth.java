package org.warnews.timeline;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.warnews.model.Claim;
import org.warnews.model.DatePrecision;

/**
 * One month of the timeline: the claims of a page whose date falls in it, in the page's order. A claim dated "on or
 * before" a day is listed in that day's month, and says so: it may have been made earlier.
 */
record TimelineMonth(YearMonth month, List<Claim> claims) {

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/** The month as a heading, e.g. "June 2025". */
	public String label() {
		return LABEL.format(this.month);
	}

	/** An id for the month's heading, e.g. "m-2025-06". */
	public String id() {
		return "m-" + this.month;
	}

	/** Whether a claim of this month is dated only as "on or before" a day of it. */
	public boolean hasOpenStart() {
		return this.claims.stream().anyMatch(claim -> claim.getSaidOnPrecision() == DatePrecision.ON_OR_BEFORE);
	}

	/** The claims, in their order, grouped by the month of their date; consecutive claims of a month form one group. */
	static List<TimelineMonth> of(List<Claim> claims) {
		List<TimelineMonth> months = new ArrayList<>();
		for (Claim claim : claims) {
			YearMonth month = YearMonth.from(claim.getSaidOn());
			if (months.isEmpty() || !months.get(months.size() - 1).month().equals(month)) {
				months.add(new TimelineMonth(month, new ArrayList<>()));
			}
			months.get(months.size() - 1).claims().add(claim);
		}
		return months;
	}

}
