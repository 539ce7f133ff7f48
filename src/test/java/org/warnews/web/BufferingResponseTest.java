package org.warnews.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Responses are held whole up to a limit, so they can be validated and kept; larger ones stream. */
class BufferingResponseTest {

	@Test
	void holdsASmallBodyWholeAndIgnoresTheHandlersContentLength() {
		MockHttpServletResponse raw = new MockHttpServletResponse();
		raw.setCharacterEncoding("UTF-8");
		BufferingResponse response = new BufferingResponse(raw, 1024, overflowing -> {
			throw new AssertionError("no overflow expected");
		});
		response.setContentLength(999);
		PrintWriter writer = response.getWriter();
		writer.write("Зеленський");
		assertThat(response.body()).isEqualTo("Зеленський".getBytes(StandardCharsets.UTF_8));
		assertThat(response.streamed()).isFalse();
		assertThat(raw.getContentLength()).isZero();
		assertThat(raw.getContentAsByteArray()).isEmpty();
	}

	@Test
	void streamsABodyLargerThanTheLimitInsteadOfHoldingIt() throws Exception {
		MockHttpServletResponse raw = new MockHttpServletResponse();
		ByteArrayOutputStream streamed = new ByteArrayOutputStream();
		AtomicInteger overflows = new AtomicInteger();
		BufferingResponse response = new BufferingResponse(raw, 100, overflowing -> {
			overflows.incrementAndGet();
			overflowing.setHeader("X-Streamed", "yes");
			return new OutputStream() {

				@Override
				public void write(int b) {
					streamed.write(b);
				}

			};
		});
		byte[] chunk = "0123456789".getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i < 1000; i++) {
			response.getOutputStream().write(chunk);
		}
		response.finishStreaming();
		assertThat(response.streamed()).isTrue();
		assertThat(response.isCommitted()).isTrue();
		assertThat(overflows).hasValue(1);
		assertThat(streamed.size()).isEqualTo(10_000);
		assertThat(raw.getHeader("X-Streamed")).isEqualTo("yes");
	}

	@Test
	void anErrorDropsWhatWasWrittenAndIsNeverKept() throws Exception {
		MockHttpServletResponse raw = new MockHttpServletResponse();
		BufferingResponse response = new BufferingResponse(raw, 1024, overflowing -> raw.getOutputStream());
		response.getOutputStream().write(new byte[] { 1, 2, 3 });
		response.sendError(404);
		assertThat(response.errorSent()).isTrue();
		assertThat(response.body()).isEmpty();
		assertThat(raw.getHeader("Cache-Control")).isEqualTo("no-store");
	}

}
