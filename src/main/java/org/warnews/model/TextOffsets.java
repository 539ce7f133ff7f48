package org.warnews.model;

import java.util.Arrays;

/**
 * Offsets into a source text count code points, as PostgreSQL's {@code substr} and {@code length} do, so that one
 * emoji or flag before a quote moves nothing: the database, the loader and the pages use this one unit. Java
 * strings count UTF-16 units; this converts between the two for one text. A text with no character outside the
 * Basic Multilingual Plane (the usual case) needs no table: both counts are the same.
 */
public final class TextOffsets {

	/** For each code point offset, its UTF-16 index (one more entry for the end); null when they are equal. */
	private final int[] indexes;

	private final String text;

	private TextOffsets(String text, int[] indexes) {
		this.text = text;
		this.indexes = indexes;
	}

	public static TextOffsets of(String text) {
		int codePoints = text.codePointCount(0, text.length());
		if (codePoints == text.length()) {
			return new TextOffsets(text, null);
		}
		int[] indexes = new int[codePoints + 1];
		int index = 0;
		for (int offset = 0; offset < codePoints; offset++) {
			indexes[offset] = index;
			index += Character.charCount(text.codePointAt(index));
		}
		indexes[codePoints] = text.length();
		return new TextOffsets(text, indexes);
	}

	/** The UTF-16 index of a code point offset. */
	public int index(int offset) {
		return (this.indexes != null) ? this.indexes[offset] : offset;
	}

	/** The code point offset of a UTF-16 index. */
	public int offset(int index) {
		if (this.indexes == null) {
			return index;
		}
		int found = Arrays.binarySearch(this.indexes, index);
		if (found < 0) {
			throw new IllegalArgumentException("index " + index + " splits a character of the text");
		}
		return found;
	}

	/** The text between two code point offsets. */
	public String substring(int start, int end) {
		return this.text.substring(index(start), index(end));
	}

}
