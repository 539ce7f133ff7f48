package org.warnews.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the management port's Prometheus scrape tells an operator, after real requests to the public port: request
 * timings by route (cached pages and 304s included, unknown addresses not one series each), the page cache's hit
 * ratio, the connection pool, the JVM, all tagged with the application's name.
 */
@WarNewsTest
class MetricsTest {

	private static final String CLAIM = "/claims/uk-mod-more-than-one-million-russian-casualties";

	private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void requestTimingsByRouteIncludeCachedPagesAndNotModified() throws Exception {
		Predicate<Sample> claim200 = timing("/claims/{slug}", "200");
		Predicate<Sample> claim304 = timing("/claims/{slug}", "304");
		Metrics before = scrape();
		double before200 = before.count(claim200);
		double before304 = before.count(claim304);

		RawHttp.Response first = RawHttp.get(this.port, CLAIM, "Accept: text/html");
		assertThat(first.status()).isEqualTo(200);
		for (int i = 0; i < 3; i++) {
			assertThat(RawHttp.get(this.port, CLAIM, "Accept: text/html").status()).isEqualTo(200);
		}
		String etag = first.header("ETag").orElseThrow();
		assertThat(RawHttp.get(this.port, CLAIM, "Accept: text/html", "If-None-Match: " + etag).status()).isEqualTo(304);

		Metrics after = scrapeUntil(metrics -> metrics.count(claim200) >= before200 + 4
				&& metrics.count(claim304) >= before304 + 1);
		assertThat(after.count(claim200)).as("rendered once, then served from the page cache: all four timed")
			.isEqualTo(before200 + 4);
		assertThat(after.count(claim304)).as("the 304, answered before any handler, timed under its route")
			.isEqualTo(before304 + 1);
		assertThat(after.samples("http_server_requests_seconds_sum").filter(claim200)).isNotEmpty();
		assertThat(after.samples("http_server_requests_seconds_max").filter(claim200)).isNotEmpty();
		assertThat(after.names()).as("plain timers: no histogram buckets, no in-flight timer")
			.noneMatch(name -> name.startsWith("http_server_requests") && name.endsWith("_bucket"))
			.noneMatch(name -> name.startsWith("http_server_requests_active"));
	}

	@Test
	void routeTemplatesLoseTheirPatterns() {
		assertThat(MetricsConfiguration.withoutPatterns("/claims/{slug:[a-z0-9][a-z0-9-]{0,119}}/cite.{format:txt|bib}"))
			.isEqualTo("/claims/{slug}/cite.{format}");
		assertThat(MetricsConfiguration.withoutPatterns("/c/{id:[1-9][0-9]{0,9}}")).isEqualTo("/c/{id}");
		assertThat(MetricsConfiguration.withoutPatterns("/topics/{slug}")).isEqualTo("/topics/{slug}");
	}

	@Test
	void unknownAddressesDoNotMakeASeriesEach() throws Exception {
		Predicate<Sample> notFound = sample -> "404".equals(sample.labels().get("status"));
		Metrics before = scrape();
		for (int i = 0; i < 25; i++) {
			assertThat(RawHttp.get(this.port, "/no-such-page-" + i, "Accept: text/html").status()).isEqualTo(404);
			assertThat(RawHttp.get(this.port, "/claims/no-such-claim-" + i, "Accept: text/html").status())
				.isEqualTo(404);
		}
		Metrics after = scrapeUntil(metrics -> metrics.count(notFound) >= before.count(notFound) + 50);
		assertThat(after.count(notFound)).isGreaterThanOrEqualTo(before.count(notFound) + 50);
		Set<String> added = new HashSet<>(after.uris());
		added.removeAll(before.uris());
		assertThat(after.uris()).as("route templates, never raw paths").noneMatch(uri -> uri.contains("no-such"));
		assertThat(added).as("50 unknown addresses, at most a route or two more").hasSizeLessThanOrEqualTo(2);
	}

	@Test
	void thePageCacheHitRatioIsMeasured() throws Exception {
		Predicate<Sample> hits = sample -> "pages".equals(sample.labels().get("cache"))
				&& "hit".equals(sample.labels().get("result"));
		Predicate<Sample> misses = sample -> "pages".equals(sample.labels().get("cache"))
				&& "miss".equals(sample.labels().get("result"));
		Metrics before = scrape();
		assertThat(before.samples("cache_gets_total").filter(hits)).as("bound to the registry").isNotEmpty();
		assertThat(before.samples("cache_gets_total").filter(misses)).isNotEmpty();
		for (int i = 0; i < 3; i++) {
			assertThat(RawHttp.get(this.port, "/topics", "Accept: text/html").status()).isEqualTo(200);
		}
		Metrics after = scrape();
		assertThat(after.sum(sample -> sample.name().equals("cache_gets_total") && hits.test(sample)))
			.isGreaterThanOrEqualTo(before.sum(sample -> sample.name().equals("cache_gets_total") && hits.test(sample)) + 2);
		assertThat(after.samples("cache_size").filter(sample -> "pages".equals(sample.labels().get("cache"))))
			.isNotEmpty();
	}

	@Test
	void poolJvmAndProcessAreMeasuredAndEverythingNamesTheApplication() throws Exception {
		Metrics metrics = scrape();
		assertThat(metrics.names()).contains("hikaricp_connections_active", "hikaricp_connections_idle",
				"hikaricp_connections_pending", "hikaricp_connections_max", "jvm_memory_used_bytes",
				"jvm_threads_live_threads", "process_cpu_usage", "process_uptime_seconds");
		assertThat(metrics.all()).allSatisfy(
				sample -> assertThat(sample.labels()).as(sample.name()).containsEntry("application", "war-news-reference"));
	}

	private static Predicate<Sample> timing(String uri, String status) {
		return sample -> uri.equals(sample.labels().get("uri")) && status.equals(sample.labels().get("status"));
	}

	/** Scrapes until the condition holds: a request's timing is recorded just after its response is sent. */
	private Metrics scrapeUntil(Predicate<Metrics> condition) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		Metrics metrics = scrape();
		while (!condition.test(metrics) && System.nanoTime() < deadline) {
			Thread.sleep(20);
			metrics = scrape();
		}
		return metrics;
	}

	private Metrics scrape() throws Exception {
		RawHttp.Response response = RawHttp.get(this.managementPort, "/actuator/prometheus");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
		List<Sample> samples = new ArrayList<>();
		for (String line : response.text().split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			Matcher sample = SAMPLE.matcher(line);
			assertThat(sample.matches()).as(line).isTrue();
			Map<String, String> labels = new LinkedHashMap<>();
			Matcher label = LABEL.matcher(sample.group(2) != null ? sample.group(2) : "");
			while (label.find()) {
				labels.put(label.group(1), label.group(2));
			}
			samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
		}
		return new Metrics(samples);
	}

	record Sample(String name, Map<String, String> labels, double value) {
	}

	record Metrics(List<Sample> all) {

		Stream<Sample> samples(String name) {
			return this.all.stream().filter(sample -> sample.name().equals(name));
		}

		Set<String> uris() {
			return samples("http_server_requests_seconds_count").map(sample -> sample.labels().get("uri"))
				.collect(Collectors.toSet());
		}

		Set<String> names() {
			return this.all.stream().map(Sample::name).collect(Collectors.toSet());
		}

		/** The number of requests timed, of those the predicate picks. */
		double count(Predicate<Sample> which) {
			return sum(sample -> sample.name().equals("http_server_requests_seconds_count") && which.test(sample));
		}

		double sum(Predicate<Sample> which) {
			return this.all.stream().filter(which).mapToDouble(Sample::value).sum();
		}

	}

}
