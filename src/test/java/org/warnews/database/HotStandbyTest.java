package org.warnews.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import org.warnews.Http;
import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app on a PostgreSQL hot standby, as deployed at scale: Flyway migrates the primary as the owner, the app reads
 * a streaming replica of it. Pages and searches are served from the replica; readiness reports a replica that has
 * not yet replayed the newest migration as behind, and ready again once it has. The replica is a copy of the
 * primary's data directory taken while it was stopped, started with {@code standby.signal} (PostgreSQL's own way to
 * make a standby, needing no tool beyond the server).
 */
@WarNewsTest
@DirtiesContext
class HotStandbyTest {

	private static final EmbeddedPostgres primary;

	private static final EmbeddedPostgres replica;

	private static final Path primaryData;

	private static final Path replicaData;

	static {
		try {
			primaryData = Files.createTempDirectory("warnews-primary");
			replicaData = Files.createTempDirectory("warnews-replica");
			EmbeddedPostgres first = EmbeddedPostgres.builder()
				.setDataDirectory(primaryData)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.start();
			try (Connection connection = first.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE ROLE warnews_owner LOGIN");
				statement.execute("CREATE ROLE warnews_reader LOGIN");
				statement.execute("CREATE DATABASE warnews OWNER warnews_owner");
			}
			int primaryPort = first.getPort();
			first.close();
			copy(primaryData, replicaData);
			Files.deleteIfExists(replicaData.resolve("postmaster.pid"));
			Files.deleteIfExists(replicaData.resolve("epg-lock")); // the library's lock on the primary's directory
			Files.createFile(replicaData.resolve("standby.signal"));
			Files.writeString(replicaData.resolve("postgresql.auto.conf"),
					"primary_conninfo = 'host=127.0.0.1 port=" + primaryPort + " user=postgres'\n",
					StandardOpenOption.APPEND);
			primary = EmbeddedPostgres.builder()
				.setDataDirectory(primaryData)
				.setCleanDataDirectory(false)
				.setPort(primaryPort)
				.setRegisterShutdownHook(false)
				.start();
			replica = EmbeddedPostgres.builder()
				.setDataDirectory(replicaData)
				.setCleanDataDirectory(false)
				.setServerConfig("hot_standby", "on")
				.setRegisterShutdownHook(false)
				.start();
		}
		catch (IOException | SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void readTheReplicaMigrateThePrimary(DynamicPropertyRegistry properties) {
		properties.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + replica.getPort() + "/warnews");
		properties.add("spring.datasource.username", () -> "warnews_reader");
		properties.add("spring.flyway.url", () -> "jdbc:postgresql://127.0.0.1:" + primary.getPort() + "/warnews");
		properties.add("spring.flyway.user", () -> "warnews_owner");
	}

	@AfterAll
	static void stop() throws IOException {
		replica.close();
		primary.close();
		FileSystemUtils.deleteRecursively(replicaData);
		FileSystemUtils.deleteRecursively(primaryData);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate reads;

	@Autowired
	MigrationLevelHealthIndicator migrations;

	@Test
	void pagesAndSearchesAreServedFromTheReplica() throws Exception {
		assertThat(this.reads.queryForObject("SELECT pg_is_in_recovery()", Boolean.class))
			.as("the app reads a standby").isTrue();
		assertThat(Http.get(this.port, "/claims/uk-mod-more-than-one-million-russian-casualties", "text/html")
			.statusCode()).isEqualTo(200);
		assertThat(Http.get(this.port, "/search?q=drone", "text/html").statusCode()).isEqualTo(200);
		assertThat(Http.get(this.port, "/api/v1/claims", "application/json").statusCode()).isEqualTo(200);
		assertThat(Http.get(this.port, "/readyz", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void aReplicaThatHasNotReplayedTheNewestMigrationIsNotReadyUntilItHas() throws Exception {
		DataSource replicaAdmin = replica.getDatabase("postgres", "warnews");
		JdbcTemplate primaryOwner = new JdbcTemplate(primary.getDatabase("warnews_owner", "warnews"));
		MigrationVersion applied = this.migrations.applied();
		MigrationVersion next = MigrationVersion.fromVersion(applied.getVersion() + ".1");
		MigrationLevelHealthIndicator expectingNext = new MigrationLevelHealthIndicator(this.reads,
				"flyway_schema_history", next);

		new JdbcTemplate(replicaAdmin).execute("SELECT pg_wal_replay_pause()");
		try {
			// A deployment's new migration, as Flyway records it on the primary.
			primaryOwner.update("""
					INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
					                                   installed_by, execution_time, success)
					SELECT max(installed_rank) + 1, ?, 'later', 'SQL', 'V' || ? || '__later.sql', 0, current_user, 1,
					       true FROM flyway_schema_history""", next.getVersion(), next.getVersion());
			assertThat(primaryOwner.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE version = ?",
					Integer.class, next.getVersion())).isEqualTo(1);
			assertThat(expectingNext.health(true).getStatus()).as("replay paused: behind").isEqualTo(Status.DOWN);
			assertThat(expectingNext.health(true).getDetails()).containsEntry("expected", next.getVersion())
				.containsEntry("applied", applied.getVersion());
		}
		finally {
			new JdbcTemplate(replicaAdmin).execute("SELECT pg_wal_replay_resume()");
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (expectingNext.health(true).getStatus() != Status.UP && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(expectingNext.health(true).getStatus()).as("replayed: ready").isEqualTo(Status.UP);
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			files.forEach(file -> {
				try {
					Path target = to.resolve(from.relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(target);
					}
					else {
						Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

}
