package org.warnews.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
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

	/** The port asked for until the first launch (0: any free one), then the one it got, kept across restarts. */
	private volatile int port;

	private volatile EmbeddedPostgres postgres;

	private volatile ProcessHandle postmaster;

	/** Stopped by {@link #stop()} or {@link #close()}, not died: not to be restarted by {@link #restartIfDied()}. */
	private volatile boolean stopped;

	private EmbeddedDatabase(Path dataDir, int port, boolean ephemeral) {
		this.dataDir = dataDir;
		this.port = port;
		this.ephemeral = ephemeral;
	}

	static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) throws IOException {
		Path dataDir = properties.ephemeral() ? Files.createTempDirectory("warnews-pg-")
				: Files.createDirectories(properties.dataDir().toAbsolutePath());
		EmbeddedDatabase database = new EmbeddedDatabase(dataDir, properties.port(), properties.ephemeral());
		database.launch();
		database.createRolesAndDatabase();
		if (properties.ephemeral()) {
			log.info("Embedded PostgreSQL 17 on 127.0.0.1:{} with a temporary data directory", database.port);
		}
		else {
			log.info("Embedded PostgreSQL 17 on 127.0.0.1:{}, data in {} (set warnews.database.data-dir to move it, "
					+ "or SPRING_DATASOURCE_URL to use another PostgreSQL server instead)", database.port, dataDir);
		}
		return database;
	}

	/** Starts the server on the data directory, the first time and after it stopped or died alike. */
	private void launch() throws IOException {
		StaleServer.stopIfLeftRunning(this.dataDir);
		this.port = LoopbackPort.await(this.port);
		this.postgres = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDir)
			// A temporary directory is deleted by close(), not by the library, so stop() can keep its data.
			.setCleanDataDirectory(false)
			// The context stops the server after the web server has finished its requests; a JVM shutdown hook of
			// the library's own would race it and pull the database from under requests still in flight.
			.setRegisterShutdownHook(false)
			.setPort(this.port)
			// The library's defaults suit throwaway test databases; this one keeps readers' data safe.
			.setServerConfig("fsync", this.ephemeral ? "off" : "on")
			.setServerConfig("synchronous_commit", this.ephemeral ? "off" : "on")
			.setServerConfig("listen_addresses", "127.0.0.1")
			// TCP only: no Unix socket, whose lock file in /tmp would name a killed server as long as it is unreaped
			// and stop a restart on the same port.
			.setServerConfig("unix_socket_directories", "")
			.setServerConfig("max_connections", "100")
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
		this.postmaster = Postmaster.serving(this.dataDir)
			.orElseThrow(() -> new EmbeddedDatabaseException("The embedded PostgreSQL started but names no server "
					+ "process in " + Postmaster.pidFile(this.dataDir) + ".", "Report this as a bug.", null));
		this.stopped = false;
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

	/** The postgres server process, while it runs (a cheap check: no connection is made). */
	Optional<ProcessHandle> postmaster() {
		ProcessHandle process = this.postmaster;
		return this.stopped || process == null || !Postmaster.serves(process, this.dataDir) ? Optional.empty()
				: Optional.of(process);
	}

	boolean isRunning() {
		return postmaster().isPresent();
	}

	/** Whether the server is gone although nobody stopped it. */
	boolean hasDied() {
		return !this.stopped && !isRunning();
	}

	/**
	 * Starts the server again if it died (was killed, or crashed) rather than was stopped: PostgreSQL recovers from
	 * its write-ahead log as after any crash. Whether it did so.
	 */
	synchronized boolean restartIfDied() throws IOException {
		if (!hasDied()) {
			return false;
		}
		if (!Files.exists(this.dataDir.resolve("PG_VERSION"))) {
			// The library would create an empty database here, and the app would serve nothing from it.
			throw new EmbeddedDatabaseException("The embedded PostgreSQL died and its data directory " + this.dataDir
					+ " is gone.", "Restore the directory, or restart the app to start from an empty database.", null);
		}
		Postmaster.awaitChildrenGone(this.dataDir);
		Postmaster.serving(this.dataDir); // a pid file naming a killed, unreaped server would make pg_ctl stop wait
		closeDeadServer();
		launch();
		return true;
	}

	/**
	 * Releases the library's lock on the directory. Its pg_ctl stop finds no server, as expected here, which the
	 * library would log as an ERROR with a stack trace: its logger is silenced for that moment, so that a restart
	 * is told in one line ({@link EmbeddedDatabaseSupervisor}).
	 */
	private void closeDeadServer() throws IOException {
		LoggingSystem logging = LoggingSystem.get(EmbeddedDatabase.class.getClassLoader());
		String library = EmbeddedPostgres.class.getName();
		LoggerConfiguration configured = logging.getLoggerConfiguration(library);
		logging.setLogLevel(library, LogLevel.OFF);
		try {
			this.postgres.close();
		}
		finally {
			logging.setLogLevel(library, (configured != null) ? configured.getConfiguredLevel() : null);
		}
	}

	/**
	 * Stops the server cleanly (pg_ctl stop -m fast), keeping its data: the app then runs without its database, as
	 * it would through an outage. A test does this to prove the app answers 503 and recovers.
	 */
	public synchronized void stop() {
		this.stopped = true;
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts the server again on the same port and data after {@link #stop()}. */
	public synchronized void restart() throws IOException {
		launch();
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
		this.stopped = true;
		this.postgres.close();
		if (this.ephemeral) {
			FileSystemUtils.deleteRecursively(this.dataDir);
		}
	}

}
