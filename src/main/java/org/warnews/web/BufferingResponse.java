package org.warnews.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * Holds what a handler writes, so the filter can validate, keep and compress it once it is complete. Past a limit
 * it stops holding: the response streams from then on (through {@link Overflow}, which sets its headers), so a
 * large download never sits whole in memory. Content-Length from the handler is ignored; it is set at the end.
 */
final class BufferingResponse extends OwnHeaderResponse {

	/** Called once, when the body outgrows the limit: sets the headers and gives the stream to write on into. */
	interface Overflow {

		OutputStream start(BufferingResponse response) throws IOException;

	}

	private final int limit;

	private final Overflow overflow;

	private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);

	private OutputStream streaming;

	private ServletOutputStream outputStream;

	private PrintWriter writer;

	private boolean errorSent;

	BufferingResponse(HttpServletResponse response, int limit, Overflow overflow) {
		super(response, HttpHeaders.CONTENT_LENGTH);
		this.limit = limit;
		this.overflow = overflow;
	}

	/** The body written so far, when it was held whole. */
	byte[] body() {
		flushWriter();
		return this.buffer.toByteArray();
	}

	boolean streamed() {
		return this.streaming != null;
	}

	boolean errorSent() {
		return this.errorSent;
	}

	/** Ends a streamed body (a gzip stream writes its trailer). */
	void finishStreaming() throws IOException {
		flushWriter();
		this.streaming.close();
	}

	private void write(byte[] bytes, int offset, int length) throws IOException {
		if (this.streaming == null && this.buffer.size() + length > this.limit) {
			this.streaming = this.overflow.start(this);
			this.buffer.writeTo(this.streaming);
			this.buffer.reset();
		}
		if (this.streaming != null) {
			this.streaming.write(bytes, offset, length);
		}
		else {
			this.buffer.write(bytes, offset, length);
		}
	}

	private void flushWriter() {
		if (this.writer != null) {
			this.writer.flush();
		}
	}

	@Override
	public ServletOutputStream getOutputStream() {
		if (this.writer != null) {
			throw new IllegalStateException("getWriter() has already been called");
		}
		if (this.outputStream == null) {
			this.outputStream = new ServletOutputStream() {

				@Override
				public void write(int b) throws IOException {
					BufferingResponse.this.write(new byte[] { (byte) b }, 0, 1);
				}

				@Override
				public void write(byte[] bytes, int offset, int length) throws IOException {
					BufferingResponse.this.write(bytes, offset, length);
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setWriteListener(WriteListener listener) {
					throw new UnsupportedOperationException("Non-blocking writes are not buffered");
				}

			};
		}
		return this.outputStream;
	}

	@Override
	public PrintWriter getWriter() {
		if (this.writer == null) {
			if (this.outputStream != null) {
				throw new IllegalStateException("getOutputStream() has already been called");
			}
			String encoding = getCharacterEncoding();
			Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
			this.writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
			this.outputStream = null; // the writer owns it now
		}
		return this.writer;
	}

	@Override
	public void flushBuffer() throws IOException {
		flushWriter();
		if (this.streaming != null) {
			this.streaming.flush();
			super.flushBuffer();
		}
	}

	@Override
	public boolean isCommitted() {
		return this.streaming != null || super.isCommitted();
	}

	@Override
	public void setContentLength(int length) {
	}

	@Override
	public void setContentLengthLong(long length) {
	}

	/**
	 * The language also goes into a header of its own: the container sends the locale as Content-Language but does
	 * not list it among the response's headers, and a kept copy must have it.
	 */
	@Override
	public void setLocale(Locale locale) {
		super.setLocale(locale);
		super.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
	}

	@Override
	public void resetBuffer() {
		if (this.streaming == null) {
			this.buffer.reset();
		}
		super.resetBuffer();
	}

	@Override
	public void reset() {
		if (this.streaming == null) {
			this.buffer.reset();
		}
		super.reset();
	}

	// After sendError the container ignores new headers, so Cache-Control is set before: errors are never kept.
	@Override
	public void sendError(int status) throws IOException {
		beforeError();
		super.sendError(status);
	}

	@Override
	public void sendError(int status, String message) throws IOException {
		beforeError();
		super.sendError(status, message);
	}

	private void beforeError() {
		this.errorSent = true;
		if (this.streaming == null) {
			this.buffer.reset();
		}
		if (!containsHeader(HttpHeaders.CACHE_CONTROL)) {
			super.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.NO_STORE);
		}
	}

}
