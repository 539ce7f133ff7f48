package org.warnews.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated bad input over every route: at least 10 000 requests with random paths, slugs, parameters,
 * encodings, methods and header values, sent as raw bytes. No answer may be a 5xx, and no body may show a stack
 * trace, an exception's name, SQL or the server's name. The routes come from the app's own mappings (so routes
 * added later are fuzzed too) plus the addresses the design promises, whether or not they exist yet. The seed is
 * printed; {@code -Dfuzz.seed=N} replays a run.
 */
@WarNewsTest
class FuzzTest {

	static final int REQUESTS = 10_000;

	private static final List<String> PROMISED = List.of("/", "/search", "/about", "/topics", "/actors", "/figures",
			"/feed.atom", "/sitemap.xml", "/robots.txt", "/opensearch.xml", "/api/v1", "/api/v1/claims",
			"/api/v1/claims/{slug}", "/api/v1/topics", "/api/v1/topics/{slug}", "/api/v1/actors",
			"/api/v1/actors/{slug}", "/api/v1/sources", "/api/v1/sources/{slug}", "/api/v1/items/{slug}",
			"/api/v1/figures", "/api/v1/search", "/api/v1/openapi.json", "/v3/api-docs", "/c/{id}",
			"/claims/{slug}.bib", "/claims/{slug}.ris", "/claims/{slug}/cite", "/claims/{slug}/cite.bib",
			"/claims/{slug}/cite.apa.txt", "/claims/{slug}/card", "/oembed",
			"/sources/{slug}/text.txt", "/livez", "/readyz", "/actuator/health", "/assets/css/site.css",
			"/favicon.ico", "/error");

	private static final List<String> PARAMETERS = List.of("q", "page", "size", "limit", "topic", "actor", "kind",
			"sort", "format", "callback", "id", "lang", "from", "to", "", "q[]", "page.size", "class.module");

	private static final List<String> NASTY = List.of("' OR 1=1 --", "\"; DROP TABLE claim; --", "<script>alert(1)</script>",
			"${7*7}", "__${T(Runtime).getRuntime()}__::.x", "#{7*7}", "*{7*7}", "[[${7*7}]]", "{{7*7}}",
			"../../etc/passwd", "%00", "%", "%zz", "%C3%28", "%ED%A0%80", "%FF%FE", "%E2%80%AE", "😀", "Зеленський",
			"\"Zelensky\" OR -drone", "-", "OR", "\"", "!!!", "&&", ":*", "a:*", "<->", "(", ")", "\\", "'", "%27",
			"%22", "%3C", "1e309", "-1", "0", "2147483648", "99999999999999999999", "NaN", "null", "true", "[]", "{}",
			"%0d%0aSet-Cookie:x=1", "%0A", "%09", "+", "%2B", "%20", "drone", "1 million", "Kiev", "G-7");

	private static final List<String> ACCEPTS = List.of("text/html", "application/json", "*/*", "", "text/html;q=abc",
			"application/json;q=2", "application/xml", "image/png", "text/plain", "application/atom+xml",
			"application/x-bibtex", "*/*;q=0", "text/*", "garbage", ";;;", "text/html, application/json;q=0.9",
			"application/json, text/html", "a/b/c", "text/html;charset=\"unterminated",
			"application/problem+json");

	private static final List<String> METHODS = List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE",
			"PROPFIND", "CONNECT", "FOO", "get", "HEAD");

	/** What must never reach a reader: traces, exception names, SQL, the server's name. */
	private static final List<Pattern> LEAKS = List.of(Pattern.compile("(?m)^\\s*at [\\w$.]+\\("),
			Pattern.compile("\\tat "), Pattern.compile("\\b[A-Z][A-Za-z]*(Exception|Error)\\b"),
			Pattern.compile("\\bjava\\.(lang|sql|io|util)\\."), Pattern.compile("\\borg\\.(springframework|hibernate|apache|postgresql|warnews)\\."),
			Pattern.compile("SQLState|SQL state|PSQL|jdbc:|syntax error at or near"),
			Pattern.compile("(?i)\\bselect\\b[^<>]{0,200}\\bfrom\\s+(claim|topic|actor|item|source|figure)\\b"),
			Pattern.compile("Tomcat|Whitelabel|Apache"));

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void tenThousandGeneratedRequestsGetNo5xxAndLeakNothing() throws Exception {
		long seed = Long.getLong("fuzz.seed", System.nanoTime());
		System.out.println("FuzzTest seed: " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
		SiteRoutes routes = new SiteRoutes(this.context, this.jdbc);
		List<String> patterns = new ArrayList<>(routes.patterns());
		patterns.addAll(PROMISED);
		List<String> slugs = this.jdbc.queryForList("SELECT slug FROM claim UNION ALL SELECT slug FROM topic "
				+ "UNION ALL SELECT slug FROM actor UNION ALL SELECT slug FROM item UNION ALL SELECT slug FROM source",
				String.class);
		List<String> etags = Collections.synchronizedList(new ArrayList<>());
		List<String> real = new ArrayList<>();
		routes.patterns().forEach(pattern -> real.addAll(routes.examples(pattern, 30)));

		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		AtomicInteger sent = new AtomicInteger();
		Map<Integer, AtomicInteger> statuses = new ConcurrentSkipListMap<>();
		int threads = 4;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Random random = new Random(seed + t);
			work.add(pool.submit(() -> {
				for (int i = 0; i < REQUESTS / threads && failures.size() < 20; i++) {
					byte[] request = request(random, patterns, real, slugs, etags);
					String shown = new String(request, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
					try {
						RawHttp.Response response = RawHttp.exchange(this.port, request, shown.startsWith("HEAD "));
						sent.incrementAndGet();
						statuses.computeIfAbsent(response.status(), status -> new AtomicInteger()).incrementAndGet();
						check(shown, response, failures);
						response.header("ETag").filter(tag -> etags.size() < 200).ifPresent(etags::add);
					}
					catch (IOException | RuntimeException ex) {
						failures.add(new String(request, StandardCharsets.UTF_8).replace("\r\n", " | ") + " -> " + ex);
					}
				}
				return null;
			}));
		}
		for (Future<?> future : work) {
			future.get();
		}
		pool.shutdown();
		System.out.println("FuzzTest: " + sent + " requests, by status " + statuses);
		assertThat(failures).as("failures (seed %d)", seed).isEmpty();
		assertThat(sent.get()).isGreaterThanOrEqualTo(REQUESTS);
		assertThat(statuses.get(200)).as("a fair share of the requests reach real pages").hasValueGreaterThan(REQUESTS / 5);
	}

	private static void check(String request, RawHttp.Response response, ConcurrentLinkedQueue<String> failures)
			throws IOException {
		if (response.status() >= 500) {
			failures.add(request + " -> " + response.status());
			return;
		}
		byte[] body = response.body();
		if (response.header("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent() && body.length > 0) {
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
				body = in.readAllBytes();
			}
		}
		String text = new String(body, StandardCharsets.UTF_8);
		for (Pattern leak : LEAKS) {
			java.util.regex.Matcher found = leak.matcher(text);
			if (found.find()) {
				int from = Math.max(0, found.start() - 80);
				failures.add(request + " -> " + response.status() + " shows /" + leak + "/: "
						+ text.substring(from, Math.min(text.length(), found.end() + 80)));
				return;
			}
		}
	}

	private byte[] request(Random random, List<String> patterns, List<String> real, List<String> slugs,
			List<String> etags) {
		// Two in five requests are what a reader (or a scraper) sends, with real slugs; the rest are hostile.
		boolean plausible = random.nextInt(5) < 2;
		String method = plausible || random.nextInt(100) < 85 ? "GET" : random.nextInt(3) == 0 ? "HEAD" : pick(random, METHODS);
		StringBuilder target = new StringBuilder(
				plausible ? pick(random, real) : path(random, pick(random, patterns), slugs));
		if (plausible && random.nextBoolean()) {
			target.append("?q=").append(encode(pick(random, List.of("drone", "Zelenskyy", "1 million", "Kiev", "G-7"))))
				.append(random.nextBoolean() ? "&page=" + (1 + random.nextInt(5)) : "");
		}
		else if (!plausible && random.nextInt(100) < 60) {
			target.append('?').append(query(random));
		}
		// Raw CR or LF would split this into two requests, which tests the client, not the server.
		String line = target.toString().replace("\r", "%0D").replace("\n", "%0A");
		StringBuilder request = new StringBuilder().append(method).append(' ').append(line).append(" HTTP/1.1\r\n");
		request.append("Host: ").append(random.nextInt(20) == 0 ? pick(random, List.of("evil.example", "127.0.0.1:1",
				"[::1]", "a..b", "x".repeat(300))) : "127.0.0.1:" + this.port).append("\r\n");
		if (random.nextInt(100) < 80) {
			request.append("Accept: ").append(pick(random, ACCEPTS)).append("\r\n");
		}
		if (random.nextBoolean()) {
			request.append("Accept-Encoding: ").append(pick(random, List.of("gzip", "gzip;q=0", "br, gzip, deflate",
					"*", "identity", "gzip;q=abc", ""))).append("\r\n");
		}
		if (random.nextInt(100) < 15) {
			request.append("If-None-Match: ").append(etags.isEmpty() || random.nextBoolean()
					? pick(random, List.of("*", "\"x\"", "W/\"", "\"", ",,,", "garbage", "W/\"abc\", *"))
					: etags.get(random.nextInt(etags.size()))).append("\r\n");
		}
		if (random.nextInt(100) < 10) {
			request.append("If-Modified-Since: ").append(pick(random, List.of("Thu, 01 Jan 1970 00:00:00 GMT",
					"Fri, 31 Dec 9999 23:59:59 GMT", "yesterday", "", "-1", "Mon, 32 Foo 2025 99:99:99 GMT")))
				.append("\r\n");
		}
		for (String[] header : new String[][] { { "Range", "bytes=0-10" }, { "Range", "bytes=garbage" },
				{ "X-Forwarded-Proto", "https" }, { "X-Forwarded-Proto", "gopher" }, { "X-Forwarded-Host", "evil.example" },
				{ "X-Forwarded-Host", "bad host" }, { "X-Forwarded-Port", "99999999" }, { "X-Forwarded-Prefix", "/../x" },
				{ "X-Forwarded-For", "not-an-ip" }, { "Forwarded", "for=\"[garbage\";proto=ht tp" },
				{ "Origin", "https://example.org" }, { "Origin", "null" }, { "Cookie", "JSESSIONID=" + "x".repeat(100) },
				{ "Accept-Language", "xx-YY;q=2, *" }, { "Content-Type", "application/x-www-form-urlencoded" },
				{ "Content-Length", "0" }, { "User-Agent", "fuzz/" + "u".repeat(1000) }, { "Referer", "javascript:x" } }) {
			if (random.nextInt(100) < 3) {
				request.append(header[0]).append(": ").append(header[1]).append("\r\n");
			}
		}
		request.append("Connection: close\r\n\r\n");
		return request.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String path(Random random, String pattern, List<String> slugs) {
		StringBuilder path = new StringBuilder();
		int at = 0;
		for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', at)) {
			int close = SiteRoutes.closingBrace(pattern, open);
			path.append(pattern, at, open).append(value(random, slugs));
			at = close + 1;
		}
		path.append(pattern.substring(at));
		return switch (random.nextInt(14)) {
			case 0 -> path + "/";
			case 1 -> path.toString().toUpperCase();
			case 2 -> path + "/../" + pick(random, List.of("..", "%2e%2e", "etc/passwd", ""));
			case 3 -> "/" + path;
			case 4 -> path + ";jsessionid=" + random.nextInt();
			case 5 -> path + "%" + Integer.toHexString(random.nextInt(256));
			case 6 -> path + pick(random, NASTY).replace(" ", "%20");
			case 7 -> path.toString().replace("/", pick(random, List.of("%2F", "%252F", "\\", "//", "/./")));
			default -> path.toString();
		};
	}

	private static String value(Random random, List<String> slugs) {
		return switch (random.nextInt(8)) {
			case 0, 1, 2 -> pick(random, slugs);
			case 3 -> pick(random, slugs) + "-" + random.nextInt(1000);
			case 4 -> Integer.toString(random.nextInt(2000) - 1000);
			case 5 -> "x".repeat(1 + random.nextInt(300));
			case 6 -> encode(pick(random, NASTY));
			default -> randomText(random, 1 + random.nextInt(40));
		};
	}

	private static String query(Random random) {
		StringBuilder query = new StringBuilder();
		int parameters = 1 + random.nextInt(5);
		for (int i = 0; i < parameters; i++) {
			if (i > 0) {
				query.append(random.nextInt(10) == 0 ? "&&" : "&");
			}
			query.append(pick(random, PARAMETERS));
			if (random.nextInt(10) > 0) {
				query.append('=').append(switch (random.nextInt(5)) {
					case 0 -> pick(random, NASTY).replace(" ", "+");
					case 1 -> encode(pick(random, NASTY));
					case 2 -> Integer.toString(random.nextInt(20000) - 100);
					case 3 -> encode(randomText(random, random.nextInt(random.nextInt(20) == 0 ? 2000 : 60)));
					default -> encode(pick(random, List.of("drone", "Zelenskyy", "1 million", "Ministry of Defense")));
				});
			}
		}
		return query.toString();
	}

	/** Random text from every plane that matters: ASCII, controls, Latin, Cyrillic, RTL, emoji, lone surrogates. */
	private static String randomText(Random random, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			switch (random.nextInt(6)) {
				case 0 -> text.append((char) (0x20 + random.nextInt(0x5f)));
				case 1 -> text.append((char) random.nextInt(0x20));
				case 2 -> text.append((char) (0xa0 + random.nextInt(0x200)));
				case 3 -> text.append((char) (0x400 + random.nextInt(0x100)));
				case 4 -> text.appendCodePoint(0x1f600 + random.nextInt(0x40));
				default -> text.append((char) (0x590 + random.nextInt(0x100)));
			}
		}
		return text.toString();
	}

	private static String encode(String text) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(String.format("%02X", c));
			}
		}
		return encoded.toString();
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
