package org.warnews.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;

/**
 * Compression of text responses, for clients that take gzip. Tomcat's own compression would turn the strong ETags
 * weak, so the responses the HTTP cache sends are compressed here, each representation with its own tag
 * ({@link EntityTags#GZIP_SUFFIX}).
 */
final class Gzip {

	private Gzip() {
	}

	/** Whether an Accept-Encoding header takes gzip (by name or {@code *}), not ruled out by {@code q=0}. */
	static boolean accepted(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : StringUtils.tokenizeToStringArray(acceptEncoding, ",")) {
			String[] parts = StringUtils.tokenizeToStringArray(coding, ";");
			if (parts.length > 0 && (parts[0].equalsIgnoreCase("gzip") || parts[0].equals("*"))) {
				return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

	static boolean compressible(String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.toLowerCase(Locale.ROOT);
		int parameters = type.indexOf(';');
		if (parameters >= 0) {
			type = type.substring(0, parameters).strip();
		}
		return type.startsWith("text/") || type.equals("application/json") || type.equals("application/xml")
				|| type.equals("application/javascript") || type.endsWith("+json") || type.endsWith("+xml");
	}

	static byte[] compress(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The body of a response sent gzipped as it is written (one too large to keep). */
	static OutputStream stream(HttpServletResponse response, OutputStream out) throws IOException {
		response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		return new GZIPOutputStream(out, 8192);
	}

}
