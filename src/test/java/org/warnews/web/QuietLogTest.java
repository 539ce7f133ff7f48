package org.warnews.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Visitors cannot fill the log: a flood of requests for long unknown addresses, each answered with the 404 page,
 * writes next to nothing.
 */
@WarNewsTest
@ExtendWith(OutputCaptureExtension.class)
class QuietLogTest {

	@LocalServerPort
	int port;

	@Test
	void unknownAddressesAreNotLogged(CapturedOutput output) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String path = "/claims-" + "x".repeat(7_900);
		int before = output.getOut().length();
		for (int i = 0; i < 300; i++) {
			HttpResponse<Void> response = client.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path + i)).build(),
					HttpResponse.BodyHandlers.discarding());
			assertThat(response.statusCode()).isEqualTo(404);
		}
		assertThat(output.getOut().length() - before).as("log bytes for 300 requests of 7.9 KB addresses")
			.isLessThan(2_000);
	}

}
