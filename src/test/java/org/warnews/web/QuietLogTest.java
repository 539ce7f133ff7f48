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
 * Visitors cannot fill the log: a flood of requests for long unknown addresses, or refused (a method the site does
 * not take, an API asked for HTML, a malformed parameter), each answered, writes next to nothing.
 */
@WarNewsTest
@ExtendWith(OutputCaptureExtension.class)
class QuietLogTest {

	@LocalServerPort
	int port;

	@Test
	void unknownAddressesAndRefusedRequestsAreNotLogged(CapturedOutput output) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String unknown = "/claims-" + "x".repeat(7_900);
		int before = output.getOut().length();
		for (int i = 0; i < 100; i++) {
			assertThat(send(client, HttpRequest.newBuilder(uri(unknown + i)))).isEqualTo(404);
			assertThat(send(client, HttpRequest.newBuilder(uri("/api/v1/claims")).header("Accept", "text/html")))
				.isEqualTo(406);
			assertThat(send(client, HttpRequest.newBuilder(uri("/about")).method("DELETE",
					HttpRequest.BodyPublishers.noBody())))
				.isEqualTo(405);
			assertThat(send(client, HttpRequest.newBuilder(uri("/api/v1/claims?page=x" + i)))).isEqualTo(400);
		}
		assertThat(output.getOut().length() - before).as("log bytes for 400 such requests").isLessThan(2_000);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static int send(HttpClient client, HttpRequest.Builder request) throws Exception {
		return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
