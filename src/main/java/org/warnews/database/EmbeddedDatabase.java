package org.warnews.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * A real PostgreSQL 17 server run by the app: data kept across restarts, fsync and synchronous commit on,
 * listening on 127.0.0.1 only, with an owner role for migrations and a SELECT-only role for the app.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	static final String DATABASE = "warnews";

	static final String OWNER = "warnews_owner";

	static final String READER = "warnews_reader";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final Path dataDir;

	private final boolean ephemeral;

	private final int port;

	private volatile EmbeddedPostgres postgres;

	private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, boolean ephemeral) {
		this.postgres = postgres;
		this.dataDir = dataDir;
		this.ephemeral = ephemeral;
		this.port = postgres.getPort();
	}

	static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) throws IOException {
		Path dataDir = properties.ephemeral() ? Files.createTempDirectory("warnews-pg-")
				: properties.dataDir().toAbsolutePath();
		if (!properties.ephemeral()) {
			Files.createDirectories(dataDir);
			StaleServer.stopIfLeftRunning(dataDir);
		}
		int port = LoopbackPort.await(properties.port());
		EmbeddedDatabase database = new EmbeddedDatabase(launch(dataDir, port, properties.ephemeral()), dataDir,
				properties.ephemeral());
		database.createRolesAndDatabase();
		if (properties.ephemeral()) {
			log.info("Embedded PostgreSQL 17 on 127.0.0.1:{} with a temporary data directory", port);
		}
		else {
			log.info("Embedded PostgreSQL 17 on 127.0.0.1:{}, data in {} (set warnews.database.data-dir to move it, "
					+ "or SPRING_DATASOURCE_URL to use another PostgreSQL server instead)", port, dataDir);
		}
		return database;
	}

	private static EmbeddedPostgres launch(Path dataDir, int port, boolean ephemeral) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			// A temporary directory is deleted by close(), not by the library, so stop() can keep its data.
			.setCleanDataDirectory(false)
			// The context stops the server after the web server has finished its requests; a JVM shutdown hook of
			// the library's own would race it and pull the database from under requests still in flight.
			.setRegisterShutdownHook(false)
			.setPort(port)
			// The library's defaults suit throwaway test databases; this one keeps readers' data safe.
			.setServerConfig("fsync", ephemeral ? "off" : "on")
			.setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("max_connections", "100")
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
	}

	private void createRolesAndDatabase() {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("""
					DO $$ BEGIN
					  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN CREATE ROLE %1$s LOGIN; END IF;
					  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%2$s') THEN CREATE ROLE %2$s LOGIN; END IF;
					END $$""".formatted(OWNER, READER));
			try (var databases = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
				if (databases.next()) {
					return;
				}
			}
			statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER + " ENCODING 'UTF8'");
		}
		catch (SQLException ex) {
			throw new EmbeddedDatabaseException("The embedded PostgreSQL started but its roles could not be set up.",
					"Delete " + this.dataDir + " to start from an empty database.", ex);
		}
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + DATABASE;
	}

	public int port() {
		return this.port;
	}

	/**
	 * Stops the server cleanly (pg_ctl stop -m fast), keeping its data: the app then runs without its database, as
	 * it would through an outage. A test does this to prove the app answers 503 and recovers.
	 */
	public synchronized void stop() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts the server again on the same port and data after {@link #stop()}. */
	public synchronized void restart() throws IOException {
		this.postgres = launch(this.dataDir, this.port, this.ephemeral);
	}

	void closeQuietly() {
		try {
			close();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not stop the embedded PostgreSQL cleanly: {}", ex.toString());
		}
	}

	@Override
	public synchronized void close() throws IOException {
		this.postgres.close();
		if (this.ephemeral) {
			FileSystemUtils.deleteRecursively(this.dataDir);
		}
	}

}
