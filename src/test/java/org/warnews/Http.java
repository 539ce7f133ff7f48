package org.warnews;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Real HTTP requests to the running test server, for what only the servlet container does (error pages).
 */
public final class Http {

	private static final HttpClient client = HttpClient.newHttpClient();

	private Http() {
	}

	public static HttpResponse<String> get(int port, String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", accept)
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** A request with another method than GET, and no body. */
	public static HttpResponse<String> send(int port, String method, String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", accept)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
