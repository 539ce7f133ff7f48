import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search latency of typical queries against a running app, one request at a time, as a reader would send them.
 *
 * <pre>java bench/SearchBench.java BASE_URL [WARMUP_SECONDS [ROUNDS [PATH]]]</pre>
 *
 * Warms up by running the queries for WARMUP_SECONDS (default 60: a JVM pinned to one core compiles slowly), then
 * sends every query ROUNDS times (default 30), interleaved, to PATH (default /api/v1/search; /search for the HTML
 * page), and prints p50/p95/p99 per query and over all requests, in milliseconds. Each request has an address of
 * its own (an extra {@code n=} parameter, which the app ignores), so that it measures a search, not the server's
 * store of responses already given.
 */
public class SearchBench {

	static final List<String> QUERIES = List.of("q=drones", "q=Zelenskyy", "q=Kiev", "q=Ministry of Defense",
			"q=1 million", "q=250,000", "q=prisoners of war", "q=\"air defence\"", "q=Kharkiv missile",
			"q=Shahed OR Iskander", "q=drones -Putin", "q=Zelenksy", "q=sanctions oil", "q=grain exports Black Sea",
			"q=G-7 summit", "q=UAV", "q=ceasefire talks Istanbul", "q=casualties", "q=Kherson",
			"q=nuclear power plant", "q=frozen assets", "q=Odessa", "q=energy infrastructure attack", "q=POW exchange",
			"q=drones&topic=air-defence", "topic=drones", "q=missile&page=3", "q=killed&kind=figure");

	static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

	public static void main(String[] args) throws Exception {
		String base = args[0].replaceAll("/$", "");
		int warmup = (args.length > 1) ? Integer.parseInt(args[1]) : 60;
		int rounds = (args.length > 2) ? Integer.parseInt(args[2]) : 30;
		String path = (args.length > 3) ? args[3] : "/api/v1/search";
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
		Map<String, String> requests = new LinkedHashMap<>();
		for (String query : QUERIES) {
			requests.put(query, base + path + "?" + encode(query) + "&n=" + System.currentTimeMillis() + "-");
		}
		long[] sent = { 0 };
		Function<String, HttpRequest> fresh = address -> HttpRequest.newBuilder(URI.create(address + sent[0]++))
			.timeout(Duration.ofSeconds(30))
			.build();
		Map<String, String> totals = new LinkedHashMap<>();
		long warmUntil = System.nanoTime() + warmup * 1_000_000_000L;
		do {
			for (Map.Entry<String, String> request : requests.entrySet()) {
				HttpResponse<String> response = client.send(fresh.apply(request.getValue()), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					throw new IllegalStateException(request.getKey() + " answered " + response.statusCode());
				}
				Matcher total = TOTAL.matcher(response.body());
				totals.put(request.getKey(), total.find() ? total.group(1) : "-");
			}
		}
		while (System.nanoTime() < warmUntil);
		Map<String, List<Double>> latencies = new LinkedHashMap<>();
		List<Double> all = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			for (Map.Entry<String, String> request : requests.entrySet()) {
				HttpRequest once = fresh.apply(request.getValue());
				long start = System.nanoTime();
				HttpResponse<String> response = client.send(once, HttpResponse.BodyHandlers.ofString());
				double millis = (System.nanoTime() - start) / 1e6;
				if (response.statusCode() != 200) {
					throw new IllegalStateException(request.getKey() + " answered " + response.statusCode());
				}
				latencies.computeIfAbsent(request.getKey(), key -> new ArrayList<>()).add(millis);
				all.add(millis);
			}
		}
		System.out.printf(Locale.ROOT, "%-36s %9s %8s %8s %8s%n", "query (" + path + ")", "matches", "p50 ms", "p95 ms", "max ms");
		latencies.forEach((query, values) -> System.out.printf(Locale.ROOT, "%-36s %9s %8.1f %8.1f %8.1f%n", query,
				totals.get(query), percentile(values, 50), percentile(values, 95), percentile(values, 100)));
		System.out.printf(Locale.ROOT, "ALL %d requests: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms%n", all.size(),
				percentile(all, 50), percentile(all, 95), percentile(all, 99));
	}

	static String encode(String query) {
		StringBuilder encoded = new StringBuilder();
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			encoded.append(encoded.isEmpty() ? "" : "&").append(parts[0]).append('=')
				.append(URLEncoder.encode(parts[1], StandardCharsets.UTF_8).replace("+", "%20"));
		}
		return encoded.toString();
	}

	/** Nearest-rank percentile. */
	static double percentile(List<Double> values, double percentile) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percentile / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

}
