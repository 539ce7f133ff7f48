package org.warnews.claim;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.warnews.model.TextOffsets;

/**
 * The fragment that points into a source's full text at a quote: the paragraph anchor, so every browser lands on
 * the right paragraph, plus a text fragment ({@code :~:text=}) so browsers that support it scroll to and highlight
 * the quote itself. A browser that finds no match still goes to the paragraph.
 *
 * @see <a href="https://wicg.github.io/scroll-to-text-fragment/">URL Fragment Text Directives</a>
 */
public final class QuoteLink {

	/** Quotes up to this many words are matched whole; longer ones by their first and last words. */
	private static final int WHOLE_WORDS = 10;

	private static final int EDGE_WORDS = 5;

	private static final int PREFIX_WORDS = 3;

	private QuoteLink() {
	}

	/**
	 * e.g. {@code p-5:~:text=MoD%20also%20said%20that-,Russia%20has%20suffered} (without the leading #), for the
	 * quote at code point offsets [quoteStartOffset, quoteEndOffset).
	 */
	public static String fragment(String body, int quoteStartOffset, int quoteEndOffset) {
		TextOffsets offsets = TextOffsets.of(body);
		int quoteStart = offsets.index(quoteStartOffset);
		int quoteEnd = offsets.index(quoteEndOffset);
		int paragraphStart = body.lastIndexOf('\n', quoteStart - 1) + 1;
		int paragraph = SourceText.paragraphNumber(body, quoteStartOffset);
		String quote = body.substring(quoteStart, quoteEnd).strip();
		String[] words = quote.split("\\s+");
		StringBuilder directive = new StringBuilder("p-").append(paragraph).append(":~:text=");
		String prefix = lastWords(body.substring(paragraphStart, quoteStart), PREFIX_WORDS);
		if (!prefix.isEmpty()) {
			directive.append(encode(prefix)).append("-,");
		}
		if (words.length <= WHOLE_WORDS) {
			directive.append(encode(quote));
		}
		else {
			directive.append(encode(String.join(" ", Arrays.copyOfRange(words, 0, EDGE_WORDS))))
				.append(',')
				.append(encode(String.join(" ", Arrays.copyOfRange(words, words.length - EDGE_WORDS, words.length))));
		}
		return directive.toString();
	}

	private static String lastWords(String text, int count) {
		String[] words = text.strip().split("\\s+");
		if (words.length == 1 && words[0].isEmpty()) {
			return "";
		}
		return String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - count), words.length));
	}

	/** Percent-encodes a term; '-', ',' and '&' have a meaning in the directive, so they are encoded too. */
	static String encode(String term) {
		return URLEncoder.encode(term, StandardCharsets.UTF_8).replace("+", "%20").replace("-", "%2D");
	}

}
