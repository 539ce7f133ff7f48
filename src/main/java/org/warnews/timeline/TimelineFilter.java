package org.warnews.timeline;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.StringJoiner;

import org.springframework.web.util.UriUtils;

import org.warnews.model.DateRange;

/**
 * What the timeline is filtered by, as its address says: a claimant's and a topic's slug, a kind of claim and a range
 * of days; null (or {@link DateRange#ANY}) for any. A field left empty in the filter form counts as not given.
 */
record TimelineFilter(String actor, String topic, String kind, DateRange dates) {

	static final String PATH = "/timeline";

	TimelineFilter {
		actor = blankToNull(actor);
		topic = blankToNull(topic);
		kind = blankToNull(kind);
		dates = (dates != null) ? dates : DateRange.ANY;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public boolean any() {
		return this.actor != null || this.topic != null || this.kind != null || this.dates.any();
	}

	/** The timeline's address with these filters (page 1), e.g. {@code /timeline?actor=vladimir-putin}. */
	String href() {
		StringJoiner query = new StringJoiner("&", PATH + "?", "").setEmptyValue(PATH);
		param(query, "actor", this.actor);
		param(query, "topic", this.topic);
		param(query, "kind", this.kind);
		param(query, "from", Objects.toString(this.dates.from(), null));
		param(query, "to", Objects.toString(this.dates.to(), null));
		return query.toString();
	}

	private static void param(StringJoiner query, String name, String value) {
		if (value != null) {
			query.add(name + "=" + UriUtils.encode(value, StandardCharsets.UTF_8));
		}
	}

}
