package org.warnews.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The validators of a response, known without rendering it: a strong ETag from the content version, the URL and
 * the Accept header, and the content version's Last-Modified; and the conditional headers of a request checked
 * against them. Spring's {@code ServletWebRequest.checkNotModified} compares one tag, but a response here has two
 * representations with their own tags (plain, and gzipped with {@link #GZIP_SUFFIX}), and a 304 names the one the
 * client holds, so the comparison is written out.
 */
final class EntityTags {

	/** A gzipped body is a different representation, so it has its own strong ETag. */
	static final String GZIP_SUFFIX = "-gzip";

	/** An Accept header longer than this is not a browser's; such requests are served but not validated. */
	private static final int MAX_ACCEPT_LENGTH = 512;

	private static final int MAX_IF_NONE_MATCH_LENGTH = 2048;

	/**
	 * A claim's page and citation files give the day they were made (a citation's access date), so their tag, and
	 * what the page cache keeps under it, changes with the day (UTC).
	 */
	private static final String DATED = "/claims/";

	private final ContentVersion version;

	EntityTags(ContentVersion version) {
		this.version = version;
	}

	/**
	 * The strong validator: the content version, the URL as the handler sees it, the Accept header, and for a
	 * claim's pages the day, hashed. Two instances of the same version give the same tag for the same URL.
	 */
	String tag(HttpServletRequest request, String accept) {
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
		if (request.getRequestURI().startsWith(DATED)) {
			key.append('\n').append(LocalDate.now(ZoneOffset.UTC));
		}
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

	/**
	 * The entity tag of If-None-Match that is one of ours for {@code tag} (either representation), quoted; weak
	 * comparison (RFC 9110). {@code *} matches when the response is {@code known} to exist.
	 */
	static String matching(String ifNoneMatch, String tag, boolean known) {
		if (ifNoneMatch.length() > MAX_IF_NONE_MATCH_LENGTH) {
			return null;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String sent = candidate.strip();
			if (sent.equals("*")) {
				if (known) {
					return quoted(tag);
				}
				continue;
			}
			if (sent.startsWith("W/")) {
				sent = sent.substring(2);
			}
			if (sent.length() < 2 || sent.charAt(0) != '"' || sent.charAt(sent.length() - 1) != '"') {
				continue;
			}
			String opaque = sent.substring(1, sent.length() - 1);
			if (opaque.equals(tag) || opaque.equals(tag + GZIP_SUFFIX)) {
				return quoted(opaque);
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

	static String quoted(String tag) {
		return '"' + tag + '"';
	}

}
