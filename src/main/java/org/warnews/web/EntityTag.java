package org.warnews.web;

/**
 * One of our entity tags, written {@code <hash>.<kind>[<day>][-gzip]}: the hash of what the response depends on
 * ({@link EntityTags#hash}), the letter of its route's kind of response, and for a daily route the day (UTC) it
 * was made. A conditional request is answered before its handler is known, so the tag it brings back says what it
 * needs: the Cache-Control of its kind, and whether it is still today's.
 *
 * @param hash the hash of the content version, the URL and the Accept header
 * @param kind the kind of response it validates
 * @param day the day a daily response was made ({@code yyyyMMdd}), or {@code null}
 * @param gzip whether it names the gzipped representation
 */
record EntityTag(String hash, ResponseKind kind, String day, boolean gzip) {

	/** A gzipped body is a different representation, so it has its own strong ETag. */
	static final String GZIP_SUFFIX = "-gzip";

	private static final char SEPARATOR = '.';

	EntityTag withGzip(boolean gzip) {
		return new EntityTag(this.hash, this.kind, this.day, gzip);
	}

	/** Whether it still validates today's response: always, unless it is daily and of another day. */
	boolean current(String today) {
		return this.day == null || this.day.equals(today);
	}

	/** As sent in ETag. */
	String quoted() {
		return "\"" + this.hash + SEPARATOR + this.kind.code()
				+ (this.day != null ? this.day : "")
				+ (this.gzip ? GZIP_SUFFIX : "") + "\"";
	}

	/** The tag written in {@code opaque} (without its quotes), or {@code null} when it is none of ours. */
	static EntityTag parse(String opaque) {
		boolean gzip = opaque.endsWith(GZIP_SUFFIX);
		String tag = gzip ? opaque.substring(0, opaque.length() - GZIP_SUFFIX.length()) : opaque;
		int separator = tag.lastIndexOf(SEPARATOR);
		if (separator <= 0 || separator == tag.length() - 1) {
			return null;
		}
		ResponseKind kind = ResponseKind.validatedOf(tag.charAt(separator + 1));
		String day = tag.substring(separator + 2);
		if (kind == null || !(day.isEmpty() || day.length() == 8 && digits(day))) {
			return null;
		}
		return new EntityTag(tag.substring(0, separator), kind, day.isEmpty() ? null : day, gzip);
	}

	private static boolean digits(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

}
