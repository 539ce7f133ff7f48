package org.warnews.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

import org.springframework.web.util.UriUtils;

import org.warnews.model.DateRange;
import org.warnews.search.SearchResult.Notice;

/**
 * A search as it appears in the address: text, filters, page and the range of days the claims may have been made
 * in. Builds the links of the search page (facets, pages, removing a filter), each keeping everything else as it is.
 */
record SearchRequest(String q, String topic, String actor, String kind, int page, DateRange dates) {

	SearchRequest {
		q = blankToNull(q);
		topic = blankToNull(topic);
		actor = blankToNull(actor);
		kind = blankToNull(kind);
		dates = (dates != null) ? dates : DateRange.ANY;
	}

	/** A search of any date. */
	SearchRequest(String q, String topic, String actor, String kind, int page) {
		this(q, topic, actor, kind, page, DateRange.ANY);
	}

	/**
	 * The page number asked for: 1 when none is given; 1 with a notice when it is not a number or not positive;
	 * numbers too large to be pages are kept large, and bounded by the search.
	 */
	static int page(String raw, List<Notice> notices) {
		if (raw == null || raw.isBlank()) {
			return 1;
		}
		if (!raw.strip().matches("\\d{1,9}") || Integer.parseInt(raw.strip()) < 1) {
			if (raw.strip().matches("\\d{10,}")) {
				return Integer.MAX_VALUE;
			}
			notices.add(new Notice("search.notice.bad-page"));
			return 1;
		}
		return Integer.parseInt(raw.strip());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	public boolean hasFilter() {
		return this.topic != null || this.actor != null || this.kind != null || this.dates.any();
	}

	SearchRequest withQ(String q) {
		return new SearchRequest(q, this.topic, this.actor, this.kind, 1, this.dates);
	}

	SearchRequest withTopic(String topic) {
		return new SearchRequest(this.q, topic, this.actor, this.kind, 1, this.dates);
	}

	SearchRequest withActor(String actor) {
		return new SearchRequest(this.q, this.topic, actor, this.kind, 1, this.dates);
	}

	SearchRequest withKind(String kind) {
		return new SearchRequest(this.q, this.topic, this.actor, kind, 1, this.dates);
	}

	SearchRequest withPage(int page) {
		return new SearchRequest(this.q, this.topic, this.actor, this.kind, page, this.dates);
	}

	SearchRequest with(String facet, String value) {
		return switch (facet) {
			case "topic" -> withTopic(value);
			case "actor" -> withActor(value);
			case "kind" -> withKind(value);
			default -> throw new IllegalArgumentException("Unknown facet " + facet);
		};
	}

	boolean isSelected(String facet, String value) {
		return Objects.equals(value, switch (facet) {
			case "topic" -> this.topic;
			case "actor" -> this.actor;
			case "kind" -> this.kind;
			default -> null;
		});
	}

	/** The address of this search, e.g. {@code /search?q=drones&topic=air-defence&page=2}. */
	public String href() {
		return href("/search");
	}

	String href(String path) {
		StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
		param(query, "q", this.q);
		param(query, "topic", this.topic);
		param(query, "actor", this.actor);
		param(query, "kind", this.kind);
		param(query, "from", Objects.toString(this.dates.from(), null));
		param(query, "to", Objects.toString(this.dates.to(), null));
		if (this.page > 1) {
			param(query, "page", Integer.toString(this.page));
		}
		return query.toString();
	}

	/** Values are encoded strictly, so '&', '+' or '#' typed by a reader stay inside their value. */
	private static void param(StringJoiner query, String name, String value) {
		if (value != null) {
			query.add(name + "=" + UriUtils.encode(value, StandardCharsets.UTF_8));
		}
	}

}
