package org.warnews.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The validators of a response, known without rendering it: a strong ETag ({@link EntityTag}) from the content
 * version, the URL and the Accept header, and the content version's Last-Modified; and the conditional headers of a
 * request checked against them. Spring's {@code ServletWebRequest.checkNotModified} compares one tag it is given,
 * after the handler is known; here the tag a client brings is checked before (for a 304 without any work), a
 * response has two representations with their own tags (plain, and gzipped), and a 304 names the one the client
 * holds, so the comparison is written out.
 */
final class EntityTags {

	/** An Accept header longer than this is not a browser's; such requests are served but not validated. */
	private static final int MAX_ACCEPT_LENGTH = 512;

	private static final int MAX_IF_NONE_MATCH_LENGTH = 2048;

	private static final long MILLIS_PER_DAY = 86_400_000L;

	private static volatile Day today;

	private final ContentVersion version;

	EntityTags(ContentVersion version) {
		this.version = version;
	}

	/**
	 * The hash of what a response depends on: the content version, the URL as the handler sees it, and the Accept
	 * header. Two instances of the same version give the same hash for the same URL. It is the page cache's key.
	 */
	String hash(HttpServletRequest request, String accept) {
		StringBuilder key = new StringBuilder(256).append(this.version.id())
			.append('\n')
			.append(request.getScheme())
			.append("://")
			.append(request.getServerName())
			.append(':')
			.append(request.getServerPort())
			.append(request.getRequestURI())
			.append('?');
		Map<String, String[]> parameters = request.getParameterMap();
		if (!parameters.isEmpty()) {
			String[] names = parameters.keySet().toArray(String[]::new);
			Arrays.sort(names);
			for (String name : names) {
				for (String value : parameters.get(name)) {
					// Length-prefixed, so no choice of names and values can make two parameter sets look alike.
					key.append(name.length()).append(':').append(name).append(value.length()).append(':').append(value);
				}
			}
		}
		key.append('\n').append(accept);
		MessageDigest digest = ContentVersion.sha256();
		byte[] hash = digest.digest(key.toString().getBytes(StandardCharsets.UTF_8));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
	}

	/** The Accept header without spaces and case, or {@code null} when it is too long to be worth keeping apart. */
	static String normalizedAccept(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null) {
			return "";
		}
		if (accept.length() > MAX_ACCEPT_LENGTH) {
			return null;
		}
		StringBuilder normalized = new StringBuilder(accept.length());
		for (int i = 0; i < accept.length(); i++) {
			char c = accept.charAt(i);
			if (!Character.isWhitespace(c)) {
				normalized.append(Character.toLowerCase(c));
			}
		}
		return normalized.toString();
	}

	/** Last-Modified of every response: when the content last changed. */
	long lastModified() {
		return this.version.lastModified().toEpochMilli();
	}

	/** The tag of a response with this hash, as its route declared it: with the day when it is daily. */
	static EntityTag tag(String hash, DeclaredResponse declared) {
		return new EntityTag(hash, declared.kind(), declared.daily() ? today() : null, false);
	}

	/**
	 * The day a daily tag is made for, as it writes it: UTC, so that two instances agree. Formatted once a day, not
	 * on each request: a 304 from the page cache takes a few microseconds.
	 */
	static String today() {
		long epochDay = Math.floorDiv(System.currentTimeMillis(), MILLIS_PER_DAY);
		Day day = today;
		if (day == null || day.epochDay() != epochDay) {
			day = new Day(epochDay, DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.ofEpochDay(epochDay)));
			today = day;
		}
		return day.text();
	}

	private record Day(long epochDay, String text) {
	}

	/**
	 * The entity tag of If-None-Match that is one of ours for {@code hash} (either representation) and current;
	 * weak comparison (RFC 9110). {@code *} matches the response {@code known} to exist, if any.
	 */
	static EntityTag matching(String ifNoneMatch, String hash, EntityTag known) {
		if (ifNoneMatch.length() > MAX_IF_NONE_MATCH_LENGTH) {
			return null;
		}
		String today = today();
		for (String candidate : ifNoneMatch.split(",")) {
			String sent = candidate.strip();
			if (sent.equals("*")) {
				if (known != null) {
					return known;
				}
				continue;
			}
			if (sent.startsWith("W/")) {
				sent = sent.substring(2);
			}
			if (sent.length() < 2 || sent.charAt(0) != '"' || sent.charAt(sent.length() - 1) != '"') {
				continue;
			}
			if (!sent.startsWith(hash, 1)) {
				continue; // not this response's: no need to read it
			}
			EntityTag tag = EntityTag.parse(sent.substring(1, sent.length() - 1));
			if (tag != null && tag.hash().equals(hash) && tag.current(today)) {
				return tag;
			}
		}
		return null;
	}

	/** Whether If-Modified-Since is no earlier than the content's last change. */
	boolean notModifiedSince(HttpServletRequest request) {
		long since;
		try {
			since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
		}
		catch (IllegalArgumentException ex) {
			return false; // not a date: ignored, as RFC 9110 asks
		}
		return since >= 0 && since >= lastModified();
	}

}
