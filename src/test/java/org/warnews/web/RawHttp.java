package org.warnews.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, one request per connection, sending exactly the bytes asked for: request lines
 * and headers that well-behaved clients refuse to send (bad escapes, raw bytes, odd methods, huge values).
 */
final class RawHttp {

	record Response(int status, List<Map.Entry<String, String>> headers, byte[] body) {

		Optional<String> header(String name) {
			return this.headers.stream()
				.filter(header -> header.getKey().equalsIgnoreCase(name))
				.map(Map.Entry::getValue)
				.findFirst();
		}

		List<String> headers(String name) {
			return this.headers.stream()
				.filter(header -> header.getKey().equalsIgnoreCase(name))
				.map(Map.Entry::getValue)
				.toList();
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

	private RawHttp() {
	}

	static Response get(int port, String target, String... headers) throws IOException {
		return send(port, "GET", target, headers);
	}

	static Response send(int port, String method, String target, String... headers) throws IOException {
		StringBuilder request = new StringBuilder().append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
		request.append("Host: 127.0.0.1:").append(port).append("\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		return exchange(port, request.toString().getBytes(StandardCharsets.ISO_8859_1), method.equals("HEAD"));
	}

	static Response exchange(int port, byte[] request, boolean head) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(30_000);
			return exchange(socket, request, head);
		}
	}

	/** One request and its response on a connection the caller keeps (and may use again). */
	static Response exchange(Socket socket, byte[] request, boolean head) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(request);
		out.flush();
		return read(socket.getInputStream(), head);
	}

	private static Response read(InputStream in, boolean head) throws IOException {
		String statusLine = line(in);
		if (statusLine == null) {
			throw new IOException("The server closed the connection without answering");
		}
		int status = Integer.parseInt(statusLine.split(" ")[1]);
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
			int colon = line.indexOf(':');
			headers.add(Map.entry(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
		}
		Response headersOnly = new Response(status, headers, new byte[0]);
		if (head || status == 304 || status == 204) {
			return headersOnly;
		}
		boolean chunked = headersOnly.header("Transfer-Encoding")
			.map(value -> value.toLowerCase(Locale.ROOT).contains("chunked"))
			.orElse(false);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (chunked) {
			for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
					size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
				body.write(in.readNBytes(size));
				line(in);
			}
		}
		else if (headersOnly.header("Content-Length").isPresent()) {
			body.write(in.readNBytes(Integer.parseInt(headersOnly.header("Content-Length").get())));
		}
		else {
			body.write(in.readAllBytes());
		}
		return new Response(status, headers, body.toByteArray());
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) != -1) {
			if (b == '\n') {
				byte[] bytes = line.toByteArray();
				int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
				return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
			}
			line.write(b);
		}
		return line.size() > 0 ? line.toString(StandardCharsets.ISO_8859_1) : null;
	}

}
