package org.warnews.search;

import java.text.Normalizer;

/**
 * What a reader typed, made safe to search: Unicode normalised, control and invisible characters and characters
 * that could not be decoded removed, whitespace collapsed, cut to {@link #MAX_LENGTH} characters.
 *
 * @param text the cleaned text; empty when nothing searchable was typed
 * @param cut whether the text was longer than the limit and was cut
 * @param charactersRemoved whether characters were removed (control characters, broken encodings)
 */
record CleanQuery(String text, boolean cut, boolean charactersRemoved) {

	static final int MAX_LENGTH = 200;

	static CleanQuery of(String raw) {
		if (raw == null) {
			return new CleanQuery("", false, false);
		}
		String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
		StringBuilder kept = new StringBuilder(Math.min(text.length(), 4 * MAX_LENGTH));
		boolean removed = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				kept.append(c).append(text.charAt(++i));
			}
			else if (c == '\t' || c == '\n' || c == '\r' || Character.isSpaceChar(c)) {
				kept.append(' ');
			}
			else if (unwanted(c)) {
				removed = true;
			}
			else {
				kept.append(c);
			}
		}
		String collapsed = kept.toString().replaceAll(" {2,}", " ").strip();
		boolean cut = collapsed.codePointCount(0, collapsed.length()) > MAX_LENGTH;
		return new CleanQuery(cut ? cut(collapsed) : collapsed, cut, removed);
	}

	/**
	 * Control and format characters (zero-width, bidi overrides), lone surrogates, private-use characters and the
	 * replacement character that stands for bytes which were not valid UTF-8.
	 */
	private static boolean unwanted(char c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
				|| type == Character.PRIVATE_USE || type == Character.UNASSIGNED || c == '\uFFFD';
	}

	/** The first {@link #MAX_LENGTH} characters, ending at a word boundary when there is one. */
	private static String cut(String text) {
		String head = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
		int space = head.lastIndexOf(' ');
		return (space > MAX_LENGTH / 2 ? head.substring(0, space) : head).strip();
	}

	boolean isEmpty() {
		return this.text.isEmpty();
	}

}
