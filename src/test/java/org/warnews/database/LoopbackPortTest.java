package org.warnews.database;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A port is taken by a server listening on it, not by a connection whose local end happens to use it. */
class LoopbackPortTest {

	@Test
	void aListeningPortIsTakenAndAPortUsedOnlyByAnOutgoingConnectionIsNot() throws Exception {
		InetAddress loopback = InetAddress.getLoopbackAddress();
		try (ServerSocket listener = new ServerSocket(0, 1, loopback);
				Socket outgoing = new Socket(loopback, listener.getLocalPort())) {

			assertThat(LoopbackPort.hasListener(listener.getLocalPort())).isTrue();
			assertThat(LoopbackPort.hasListener(outgoing.getLocalPort())).isFalse();
		}
	}

}
