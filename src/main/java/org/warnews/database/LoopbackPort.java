package org.warnews.database;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A port on 127.0.0.1 for the embedded PostgreSQL. It is taken when a server listens there. It can also be held
 * by a connection whose local end the system put on it (Linux gives outgoing connections ports 32768-60999), up to
 * a minute after that connection closes (TIME_WAIT): PostgreSQL could not bind it either, so the start waits.
 */
final class LoopbackPort {

	/** Longer than a closed connection's TIME_WAIT (60 s on Linux). */
	private static final Duration WAIT_FOR_CONNECTION = Duration.ofSeconds(65);

	private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);

	private static final Logger log = LoggerFactory.getLogger(LoopbackPort.class);

	private LoopbackPort() {
	}

	/** The port, once it can be bound (a free one for 0); refused at once if a server listens on it. */
	static int await(int wanted) throws IOException {
		long deadline = System.nanoTime() + WAIT_FOR_CONNECTION.toNanos();
		boolean waiting = false;
		while (true) {
			try (ServerSocket socket = new ServerSocket(wanted, 1, InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
			catch (BindException ex) {
				if (hasListener(wanted)) {
					throw new EmbeddedDatabaseException("Port " + wanted + " on 127.0.0.1 is already in use, so the "
							+ "embedded PostgreSQL cannot start.", "Stop whatever listens on port " + wanted + ", "
									+ "choose another port with --warnews.database.port=N (0 picks a free one), or use "
									+ "your own server with SPRING_DATASOURCE_URL.", ex);
				}
				if (System.nanoTime() - deadline >= 0) {
					throw new EmbeddedDatabaseException("Port " + wanted + " on 127.0.0.1 stayed held by a "
							+ "connection (nothing listens there), so the embedded PostgreSQL cannot start.",
							"Choose a port outside the range the system gives outgoing connections (on Linux "
									+ "/proc/sys/net/ipv4/ip_local_port_range) with --warnews.database.port=N.", ex);
				}
				if (!waiting) {
					waiting = true;
					log.info("Port {} on 127.0.0.1 is held by a connection, not a server: waiting for it to close",
							wanted);
				}
				pause();
			}
		}
	}

	/** Whether a server listens on the port: only a listening socket accepts a connection. */
	static boolean hasListener(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) CONNECT_TIMEOUT.toMillis());
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void pause() throws InterruptedIOException {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while waiting for port");
		}
	}

}
