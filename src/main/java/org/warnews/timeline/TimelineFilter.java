package org.warnews.timeline;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

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
		return UriComponentsBuilder.fromPath(PATH)
			.queryParamIfPresent("actor", Optional.ofNullable(this.actor))
			.queryParamIfPresent("topic", Optional.ofNullable(this.topic))
			.queryParamIfPresent("kind", Optional.ofNullable(this.kind))
			.queryParamIfPresent("from", Optional.ofNullable(this.dates.from()))
			.queryParamIfPresent("to", Optional.ofNullable(this.dates.to()))
			.encode()
			.toUriString();
	}

}
