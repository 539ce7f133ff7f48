package org.warnews.database;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded PostgreSQL is stopped in the middle: pages already served stay up, the others get 503 (HTML or
 * a problem under /api/) with Retry-After at once, readiness goes down and liveness stays up; when the database comes
 * back the app recovers by itself. Killed, it is restarted by the app. This class has its own application context
 * and database (the property below tells it apart), closed afterwards, so no other test class ever meets a stopped
 * database.
 */
@WarNewsTest
@TestPropertySource(properties = "warnews.test.context=database-outage")
@DirtiesContext
class DatabaseOutageTest {

	private static final String CACHED = "/claims/uk-mod-more-than-one-million-russian-casualties";

	private static final String UNCACHED = "/claims/putin-creating-unmanned-systems-troops";

	@LocalServerPort
	int port;

	@Autowired
	ObjectProvider<EmbeddedDatabase> database;

	@Autowired
	DatabaseOutage outage;

	@BeforeEach
	void onlyWithTheEmbeddedDatabase() {
		assumeTrue(this.database.getIfAvailable() != null,
				"needs the embedded database, which it stops (not run against SPRING_DATASOURCE_URL)");
	}

	@AfterEach
	void databaseIsBack() throws IOException {
		if (this.outage.isDown()) {
			try {
				this.database.getObject().restart();
			}
			catch (RuntimeException | IOException ex) {
				// already running
			}
		}
	}

	@Test
	void servesCachedPagesAnswers503ForTheRestAndRecoversWhenTheDatabaseIsBack() throws Exception {
		Reply before = get(CACHED, "text/html");
		assertThat(before.status()).isEqualTo(200);
		get("/search?q=drones", "text/html");
		Reply searched = get("/search?q=drones", "text/html"); // kept when asked again
		assertThat(searched.status()).isEqualTo(200);

		this.database.getObject().stop();
		try {
			Reply cached = get(CACHED, "text/html");
			assertThat(cached.status()).as("a page already served is served from the cache").isEqualTo(200);
			assertThat(cached.body()).isEqualTo(before.body());
			assertThat(get(CACHED, "text/html", "If-None-Match", before.headers().get("ETag")).status()).isEqualTo(304);
			assertThat(get("/search?q=drones", "text/html").body()).as("a search asked twice, kept")
				.isEqualTo(searched.body());

			Reply html = get(UNCACHED, "text/html");
			assertThat(html.status()).isEqualTo(503);
			assertThat(html.headers().get("Retry-After")).isEqualTo("5");
			assertThat(html.headers().get("Cache-Control")).isEqualTo("no-store");
			assertThat(html.headers().get("Content-Type")).startsWith("text/html");
			assertThat(Jsoup.parse(html.body()).select("h1").text()).isEqualTo("Briefly unavailable");
			assertThat(html.body()).doesNotContainIgnoringCase("exception").doesNotContain("SQL").doesNotContain("jdbc");

			Reply json = get("/api/v1/topics/drones", "application/json");
			assertThat(json.status()).isEqualTo(503);
			assertThat(json.headers().get("Content-Type")).startsWith("application/problem+json");
			assertThat(json.headers().get("Retry-After")).isEqualTo("5");
			assertThat(json.body()).contains("\"status\":503").doesNotContainIgnoringCase("exception");

			long started = System.nanoTime();
			for (String slug : new String[] { "drones", "casualties", "diplomacy", "sanctions", "g7-summit" }) {
				assertThat(get("/topics/" + slug, "text/html").status()).isEqualTo(503);
			}
			assertThat(Duration.ofNanos(System.nanoTime() - started))
				.as("known to be down: 503 at once, not after the connection timeout each")
				.isLessThan(Duration.ofSeconds(3));

			started = System.nanoTime();
			for (int probe = 0; probe < 5; probe++) {
				Reply readiness = get("/readyz", "application/json");
				assertThat(readiness.status()).isEqualTo(503);
				assertThat(readiness.headers().get("Cache-Control")).isEqualTo("no-store");
			}
			assertThat(Duration.ofNanos(System.nanoTime() - started))
				.as("not ready at once, each probe: none waits out the connection timeout")
				.isLessThan(Duration.ofSeconds(1));
			assertThat(get("/readyz", "application/json", "If-None-Match", "*").status()).isEqualTo(503);
			assertThat(get("/livez", "application/json").status()).isEqualTo(200);
		}
		finally {
			this.database.getObject().restart();
		}

		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		Reply recovered = get(UNCACHED, "text/html");
		while (recovered.status() != 200 && System.nanoTime() < deadline) {
			Thread.sleep(200);
			recovered = get(UNCACHED, "text/html");
		}
		assertThat(recovered.status()).as("recovered without a restart of the app").isEqualTo(200);
		assertThat(this.outage.isDown()).isFalse();
		assertThat(get("/topics/drones", "text/html").status()).isEqualTo(200);
		assertThat(get("/readyz", "application/json").status()).isEqualTo(200);
	}

	@Test
	void aKilledDatabaseIsRestartedAndTheAppRecoversByItselfStayingLive() throws Exception {
		ProcessHandle postmaster = this.database.getObject().postmaster().orElseThrow();
		postmaster.destroyForcibly(); // kill -9
		postmaster.onExit().get(10, TimeUnit.SECONDS);

		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		int attempt = 0;
		Reply search = get("/search?q=recovery" + attempt, "text/html"); // a new address each time: never cached
		while (search.status() != 200 && System.nanoTime() < deadline) {
			assertThat(get("/livez", "application/json").status()).as("live throughout").isEqualTo(200);
			Thread.sleep(200);
			search = get("/search?q=recovery" + ++attempt, "text/html");
		}
		assertThat(search.status()).as("back without a restart of the app").isEqualTo(200);
		assertThat(this.database.getObject().postmaster()).hasValueSatisfying(
				server -> assertThat(server.pid()).isNotEqualTo(postmaster.pid()));
		Reply readiness = get("/readyz", "application/json");
		while (readiness.status() != 200 && System.nanoTime() < deadline) {
			Thread.sleep(200);
			readiness = get("/readyz", "application/json");
		}
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(get("/livez", "application/json").status()).isEqualTo(200);
	}

	record Reply(int status, Map<String, String> headers, String body) {
	}

	private Reply get(String path, String accept, String... header) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + this.port + path)
			.toURL()
			.openConnection();
		connection.setRequestProperty("Accept", accept);
		if (header.length == 2) {
			connection.setRequestProperty(header[0], header[1]);
		}
		connection.setConnectTimeout(5000);
		connection.setReadTimeout(30000);
		int status = connection.getResponseCode();
		Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		connection.getHeaderFields().forEach((name, values) -> {
			if (name != null) {
				headers.put(name, String.join(", ", values));
			}
		});
		InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (in != null) {
			try (in) {
				in.transferTo(body);
			}
		}
		return new Reply(status, headers, body.toString(StandardCharsets.UTF_8));
	}

}
