package org.warnews.database;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database fails in the middle of requests, under load: it hangs for longer than any request may wait, then
 * every connection to it is cut (as when it is killed) while statements, commits and rollbacks are under way. No
 * request gets a 500; none waits for the whole 12 s hang (the driver gives up after 5 s, after at most 2 s waiting
 * for a connection: 10 s allows for a busy machine); every refusal is a 503 with Retry-After and no-store; the log
 * tells of it in a few lines; and the app is back by itself once the database is.
 * <p>
 * The app reads through {@link FaultyLink}, a relay to a PostgreSQL of this class's own (whichever database the
 * other tests use), so the faults reach no other test.
 */
@WarNewsTest
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class DatabaseFaultsUnderLoadTest {

	private static final int CLIENTS = 6;

	private static final Duration MAX_WAIT = Duration.ofSeconds(10);

	private static final EmbeddedPostgres postgres;

	private static final FaultyLink link;

	static {
		try {
			postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE ROLE warnews_owner LOGIN");
				statement.execute("CREATE ROLE warnews_reader LOGIN");
				statement.execute("CREATE DATABASE warnews OWNER warnews_owner");
			}
			link = new FaultyLink(postgres.getPort());
		}
		catch (IOException | SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void throughTheLink(DynamicPropertyRegistry properties) {
		properties.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + link.port() + "/warnews");
		properties.add("spring.datasource.username", () -> "warnews_reader");
		properties.add("spring.flyway.url", () -> "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/warnews");
		properties.add("spring.flyway.user", () -> "warnews_owner");
	}

	@AfterAll
	static void stop() throws IOException {
		link.close();
		postgres.close();
	}

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void aHungThenKilledDatabaseGives503sNever500sAndTheAppRecoversByItself(CapturedOutput output) throws Exception {
		assertThat(get("/search?q=drone").statusCode()).isEqualTo(200);
		int logBefore = output.getOut().length();

		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger counter = new AtomicInteger();
		AtomicLong slowest = new AtomicLong();
		ConcurrentMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		List<String> badRefusals = new ArrayList<>();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> load = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			load.add(clients.submit(() -> {
				while (running.get()) {
					// Each address is new, so none is answered from the page cache: every request needs the database.
					int n = counter.incrementAndGet();
					String path = (n % 2 == 0) ? "/search?q=drone+" + n : "/api/v1/search?q=troops+" + n;
					long started = System.nanoTime();
					HttpResponse<String> response = get(path);
					slowest.accumulateAndGet(System.nanoTime() - started, Math::max);
					statuses.computeIfAbsent(response.statusCode(), status -> new AtomicInteger()).incrementAndGet();
					if (response.statusCode() == 503 && !(response.headers().firstValue("Retry-After").isPresent()
							&& response.headers().firstValue("Cache-Control").orElse("").equals("no-store")
							&& response.body().contains("503"))) {
						synchronized (badRefusals) {
							badRefusals.add(path + " " + response.headers().map());
						}
					}
				}
				return null;
			}));
		}
		try {
			Thread.sleep(1000);
			link.freeze();
			Thread.sleep(12_000);
			link.thaw();
			Thread.sleep(1000);
			for (int cut = 0; cut < 5; cut++) {
				link.cut();
				Thread.sleep(400);
			}
			Thread.sleep(1000);
		}
		finally {
			link.thaw();
			running.set(false);
			clients.shutdown();
			assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}
		for (Future<?> client : load) {
			client.get();
		}

		Map<Integer, AtomicInteger> seen = Map.copyOf(statuses);
		assertThat(seen.keySet()).as("statuses %s", seen).containsOnly(200, 503).contains(503);
		assertThat(badRefusals).as("503s without Retry-After, no-store or a page saying why").isEmpty();
		assertThat(Duration.ofNanos(slowest.get())).as("the longest wait for an answer").isLessThan(MAX_WAIT);

		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		int status = get("/search?q=recovered").statusCode();
		while (status != 200 && System.nanoTime() < deadline) {
			Thread.sleep(200);
			status = get("/search?q=recovered").statusCode();
		}
		assertThat(status).as("back by itself once the database is").isEqualTo(200);

		String log = output.getOut().substring(logBefore);
		assertThat(log).as("no SQL text, no stack trace").doesNotContain("SELECT").doesNotContain("\tat ");
		assertThat(log.lines().count()).as("a few lines for the whole drill:%n%s", log).isLessThan(30);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(60))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
