package org.warnews.editorial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds a quote in a source text by its words, the way a W3C Web Annotation TextQuoteSelector is resolved: every
 * place where the exact text occurs, kept only where the prefix ends just before it and the suffix starts just after
 * it. Indexes here are Java string indexes; the caller turns them into code point offsets.
 */
final class QuoteFinder {

	/** Candidates for words that are not found are shown only when at most this share of their characters differ. */
	private static final double CLOSE_ENOUGH = 0.5;

	private final String text;

	QuoteFinder(String text) {
		this.text = text;
	}

	/** The start of each place in [from, to) that the quote selects. */
	List<Integer> find(Annotation.Quote quote, int from, int to) {
		String exact = quote.exact();
		List<Integer> found = new ArrayList<>();
		for (int at = this.text.indexOf(exact, from); at >= 0 && at + exact.length() <= to;
				at = this.text.indexOf(exact, at + 1)) {
			boolean prefixed = quote.prefix() == null || this.text.startsWith(quote.prefix(), at - quote.prefix().length());
			boolean suffixed = quote.suffix() == null || this.text.startsWith(quote.suffix(), at + exact.length());
			if (prefixed && suffixed) {
				found.add(at);
			}
		}
		return found;
	}

	/**
	 * The passages of [from, to) that come closest to words that are not there, best first, as
	 * {@code line N: “…”}: what the editor most likely meant, to copy from or to decide between.
	 */
	List<String> closest(String exact, int from, int to, int count) {
		int threshold = (int) (exact.length() * CLOSE_ENOUGH);
		LevenshteinDistance distance = new LevenshteinDistance(threshold);
		record Candidate(int start, int end, int distance) {
		}
		List<Candidate> candidates = new ArrayList<>();
		// Passages start at a word and end at a word's end, about as long as the quote ("one million" is 4 longer
		// than "1 million"), within one paragraph unless the quote spans more.
		int slack = exact.length() / 4 + 2;
		boolean paragraphs = exact.indexOf('\n') >= 0;
		for (int start = from; start < to; start++) {
			if (Character.isWhitespace(this.text.charAt(start))
					|| (start > 0 && Character.isLetterOrDigit(this.text.charAt(start - 1)))) {
				continue;
			}
			int last = Math.min(to, start + exact.length() + slack);
			for (int end = Math.max(start + 1, start + exact.length() - slack); end <= last; end++) {
				if (!paragraphs && this.text.charAt(end - 1) == '\n') {
					break;
				}
				boolean wordEnd = Character.isLetterOrDigit(this.text.charAt(end - 1))
						&& (end == to || !Character.isLetterOrDigit(this.text.charAt(end)));
				int d = wordEnd ? distance.apply(exact, this.text.substring(start, end)) : -1;
				if (d >= 0) {
					candidates.add(new Candidate(start, end, d));
				}
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparingInt(Candidate::start));
		List<Candidate> chosen = new ArrayList<>();
		for (Candidate candidate : candidates) {
			if (chosen.size() < count && chosen.stream()
				.noneMatch(other -> candidate.start() < other.end() && other.start() < candidate.end())) {
				chosen.add(candidate);
			}
		}
		return chosen.stream()
			.map(c -> "line " + line(c.start()) + ": “" + this.text.substring(c.start(), c.end()) + "” (" + c.distance()
					+ (c.distance() == 1 ? " character differs)" : " characters differ)"))
			.toList();
	}

	/** The line of the text (from 1) that holds an index. */
	int line(int index) {
		int line = 1;
		for (int i = this.text.indexOf('\n'); i >= 0 && i < index; i = this.text.indexOf('\n', i + 1)) {
			line++;
		}
		return line;
	}

}
