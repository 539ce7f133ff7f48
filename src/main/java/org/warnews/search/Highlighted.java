package org.warnews.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A text split into plain and matching segments. It is parsed from {@code ts_headline} output whose match markers
 * are private-use characters (which {@link CleanQuery} never lets into a query), and every segment is escaped when
 * it is rendered: the headline is never trusted as HTML.
 */
record Highlighted(List<Segment> segments) {

	static final char START = '\uE000';

	static final char STOP = '\uE001';

	/** The {@code ts_headline} options that mark matches with {@link #START} and {@link #STOP}. */
	static final String OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";

	record Segment(String text, boolean match) {
	}

	static Highlighted plain(String text) {
		return new Highlighted(List.of(new Segment(text, false)));
	}

	static Highlighted parse(String headline) {
		List<Segment> segments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean match = false;
		for (int i = 0; i < headline.length(); i++) {
			char c = headline.charAt(i);
			if (c == START || c == STOP) {
				add(segments, current, match);
				match = (c == START);
			}
			else {
				current.append(c);
			}
		}
		add(segments, current, match);
		return new Highlighted(List.copyOf(segments));
	}

	private static void add(List<Segment> segments, StringBuilder text, boolean match) {
		if (!text.isEmpty()) {
			segments.add(new Segment(text.toString(), match));
			text.setLength(0);
		}
	}

	/**
	 * The segments as HTML, each escaped and the matching ones in {@code <mark>}: one expression for the template
	 * instead of several per segment (a result page has hundreds of segments).
	 */
	public String html() {
		StringBuilder html = new StringBuilder();
		for (Segment segment : this.segments) {
			String text = HtmlUtils.htmlEscape(segment.text(), "UTF-8");
			html.append(segment.match() ? "<mark>" + text + "</mark>" : text);
		}
		return html.toString();
	}

	String text() {
		StringBuilder text = new StringBuilder();
		this.segments.forEach(segment -> text.append(segment.text()));
		return text.toString();
	}

	boolean hasMatch() {
		return this.segments.stream().anyMatch(Segment::match);
	}

}
