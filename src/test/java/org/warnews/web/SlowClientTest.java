package org.warnews.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that sends its headers a line every few seconds (each read within Tomcat's per-read timeout) is cut off
 * once its request has taken longer than the header deadline (10 s) to arrive; a client that keeps one connection
 * and asks for a page every few seconds is not.
 */
@WarNewsTest
class SlowClientTest {

	private static final Duration DRIP = Duration.ofSeconds(3);

	@LocalServerPort
	int port;

	@Test
	void aRequestWhoseHeadersDripInIsCutOffAfterTheDeadline() throws Exception {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout((int) DRIP.toMillis());
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			out.write("GET /about HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
			long started = System.nanoTime();
			boolean open = true;
			while (open && System.nanoTime() - started < Duration.ofSeconds(30).toNanos()) {
				try {
					in.read(); // an answer (400, 408) or the end of the stream: the server has let go
					open = false;
				}
				catch (SocketTimeoutException stillOpen) {
					try {
						out.write("X-Slow: 1\r\n".getBytes(StandardCharsets.US_ASCII));
					}
					catch (IOException closed) {
						open = false;
					}
				}
				catch (IOException reset) {
					open = false;
				}
			}
			Duration held = Duration.ofNanos(System.nanoTime() - started);
			assertThat(open).as("cut off by the server").isFalse();
			assertThat(held).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(20));
		}
	}

	@Test
	void aKeptAliveConnectionAskingEveryFewSecondsStaysOpen() throws Exception {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(5000);
			for (int i = 0; i < 5; i++) {
				RawHttp.Response response = RawHttp.exchange(socket,
						"GET /about HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII), false);
				assertThat(response.status()).isEqualTo(200);
				Thread.sleep(DRIP.toMillis());
			}
		}
	}

}
