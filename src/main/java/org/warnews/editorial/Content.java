package org.warnews.editorial;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The content of one source as the database holds it: the annotation checked, every quote and heading placed in
 * the text, offsets counted in code points. {@code file} and {@code line} say where each part was written.
 */
final class Content {

	private Content() {
	}

	record Source(String slug, String file, String body, String sha256, LocalDate publishedOn, String headline,
			String standfirst, String outlet, String originalUrl, String archivedUrl, LocalDate retrievedOn,
			List<Item> items) {
	}

	record Item(String slug, int line, int position, String heading, int headingStart, int spanStart, int spanEnd,
			List<Claim> claims) {
	}

	/** {@code corrections}: why the claim was changed once published, one line each, oldest first. */
	record Claim(String slug, int line, List<String> formerly, List<String> corrections, String claimant, String kind,
			String summary, String quote, int quoteStart, int quoteEnd, boolean direct, Said said, String via,
			List<String> topics, List<Figure> figures) {
	}

	record Said(LocalDate date, String precision, String phrase, String inference) {
	}

	/** {@code reading} is null only for a figure stored before figures carried it (V35), until it is reloaded. */
	record Figure(String metric, String label, BigDecimal value, String qualifier, String unit, String counted,
			LocalDate periodStart, String periodPhrase, String inference, Reading reading) {
	}

	/**
	 * How a figure is to be read: its bounds by the qualifier rule ({@code FigureBounds}), its kind, the end of its
	 * counting period (null: not stated), whether it is a running total (null: not said) and what it leaves out.
	 */
	record Reading(String kind, BigDecimal low, BigDecimal best, BigDecimal high, boolean approximate,
			LocalDate periodEnd, Boolean cumulative, String excludes) {
	}

}
