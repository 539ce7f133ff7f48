package org.warnews.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.warnews.model.Claim;
import org.warnews.model.TextOffsets;

/**
 * A source body cut into its paragraphs (one per line, numbered from 1 for {@code #p-N} anchors), with the
 * quote spans of claims marked inside them. Overlapping spans are marked by the first claim only. Offsets in and
 * out count code points ({@link TextOffsets}).
 */
public final class SourceText {

	public record Paragraph(int number, List<Segment> segments) {
	}

	/** A run of verbatim text; {@code claim} is the claim it quotes, or null. */
	public record Segment(String text, Claim claim) {
	}

	private SourceText() {
	}

	/** Every paragraph of the body, with the given claims' quotes marked. */
	public static List<Paragraph> paragraphs(String body, List<Claim> claims) {
		return paragraphs(body, claims, 0, body.codePointCount(0, body.length()));
	}

	/** The paragraphs that overlap [from, to), with the given claims' quotes marked. */
	public static List<Paragraph> paragraphs(String body, List<Claim> claims, int fromOffset, int toOffset) {
		TextOffsets offsets = TextOffsets.of(body);
		int from = offsets.index(fromOffset);
		int to = offsets.index(toOffset);
		List<Paragraph> paragraphs = new ArrayList<>();
		int start = 0;
		int number = 1;
		while (start <= body.length()) {
			int newline = body.indexOf('\n', start);
			int end = (newline < 0) ? body.length() : newline;
			if (end > from && start < to && end > start) {
				paragraphs.add(new Paragraph(number, segments(body, offsets, start, end, claims)));
			}
			if (newline < 0) {
				break;
			}
			start = newline + 1;
			number++;
		}
		return paragraphs;
	}

	/** The number of the paragraph that holds the given offset. */
	public static int paragraphNumber(String body, int offset) {
		return (int) body.chars().limit(TextOffsets.of(body).index(offset)).filter(c -> c == '\n').count() + 1;
	}

	/** Cuts [start, end), UTF-16 indexes of one paragraph, at the edges of the claims' quotes. */
	private static List<Segment> segments(String body, TextOffsets offsets, int start, int end, List<Claim> claims) {
		TreeSet<Integer> cuts = new TreeSet<>(List.of(start, end));
		for (Claim claim : claims) {
			int quoteStart = offsets.index(claim.getQuoteStart());
			int quoteEnd = offsets.index(claim.getQuoteEnd());
			if (quoteStart < end && quoteEnd > start) {
				cuts.add(Math.max(start, quoteStart));
				cuts.add(Math.min(end, quoteEnd));
			}
		}
		List<Segment> segments = new ArrayList<>();
		Integer from = cuts.first();
		for (Integer to : cuts.tailSet(from, false)) {
			segments.add(new Segment(body.substring(from, to), quoting(claims, offsets.offset(from), offsets.offset(to))));
			from = to;
		}
		return merge(segments);
	}

	private static Claim quoting(List<Claim> claims, int fromOffset, int toOffset) {
		return claims.stream()
			.filter(claim -> claim.getQuoteStart() <= fromOffset && claim.getQuoteEnd() >= toOffset)
			.findFirst()
			.orElse(null);
	}

	/** Joins neighbouring runs that belong to the same claim (or to none). */
	private static List<Segment> merge(List<Segment> segments) {
		List<Segment> merged = new ArrayList<>();
		for (Segment segment : segments) {
			Segment last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && last.claim() == segment.claim()) {
				merged.set(merged.size() - 1, new Segment(last.text() + segment.text(), last.claim()));
			}
			else {
				merged.add(segment);
			}
		}
		return merged;
	}

}
