package org.warnews.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded default database as a user meets it: restarts, killed runs and busy ports. */
class EmbeddedDatabaseTest {

	@TempDir
	Path dataDir;

	@Test
	void keepsDataAcrossRestartsWithFsyncOnAndBothRolesSetUp() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(properties(0))) {
			execute(database, EmbeddedDatabase.OWNER, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
			assertThat(query(database, EmbeddedDatabase.OWNER, "SHOW fsync")).isEqualTo("on");
			assertThat(query(database, EmbeddedDatabase.OWNER, "SHOW synchronous_commit")).isEqualTo("on");
		}
		try (EmbeddedDatabase database = EmbeddedDatabase.start(properties(0))) {
			assertThat(query(database, EmbeddedDatabase.OWNER, "SELECT note FROM kept")).isEqualTo("still here");
			assertThat(query(database, EmbeddedDatabase.READER, "SELECT current_user")).isEqualTo("warnews_reader");
		}
	}

	@Test
	void stopsAServerLeftRunningByAKilledRunAndStartsAgain() throws Exception {
		Process killedRun = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), KilledRun.class.getName(), this.dataDir.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(new InputStreamReader(killedRun.getInputStream()))) {
			String line;
			while ((line = output.readLine()) != null && !line.equals(KilledRun.READY)) {
				// wait until the other run has its server up
			}
		}
		killedRun.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: its postgres keeps running
		assertThat(this.dataDir.resolve("postmaster.pid")).exists();

		try (EmbeddedDatabase database = EmbeddedDatabase.start(properties(0))) {
			assertThat(query(database, EmbeddedDatabase.OWNER, "SELECT 1")).isEqualTo("1");
		}
		assertThat(this.dataDir.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void reportsAPortClashClearly() throws Exception {
		try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThatThrownBy(() -> EmbeddedDatabase.start(properties(busy.getLocalPort())))
				.isInstanceOf(EmbeddedDatabaseException.class)
				.hasMessageContaining("Port " + busy.getLocalPort() + " on 127.0.0.1 is already in use")
				.satisfies(ex -> assertThat(((EmbeddedDatabaseException) ex).action())
					.contains("--warnews.database.port")
					.contains("SPRING_DATASOURCE_URL"));
		}
		assertThat(Files.list(this.dataDir)).isEmpty();
	}

	@Test
	void waitsForAConnectionThatHoldsThePortToCloseRatherThanCallingItInUse() throws Exception {
		InetAddress loopback = InetAddress.getLoopbackAddress();
		try (ServerSocket listener = new ServerSocket(0, 1, loopback);
				Socket outgoing = new Socket(loopback, listener.getLocalPort())) {
			outgoing.setSoLinger(true, 0); // closed with a reset: no TIME_WAIT to hold the port afterwards
			int port = outgoing.getLocalPort();
			CompletableFuture.runAsync(() -> {
				try {
					Thread.sleep(1000);
					outgoing.close();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});

			try (EmbeddedDatabase database = EmbeddedDatabase.start(properties(port))) {
				assertThat(database.port()).isEqualTo(port);
				assertThat(query(database, EmbeddedDatabase.OWNER, "SELECT 1")).isEqualTo("1");
			}
		}
	}

	private EmbeddedDatabaseProperties properties(int port) {
		return properties(this.dataDir, port);
	}

	static EmbeddedDatabaseProperties properties(Path dataDir, int port) {
		return new EmbeddedDatabaseProperties(dataDir, port, false, Duration.ofSeconds(30));
	}

	static void execute(EmbeddedDatabase database, String user, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), user, null);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	static String query(EmbeddedDatabase database, String user, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), user, null);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	/** A run of the app's database that the test kills with SIGKILL once its server is up. */
	static final class KilledRun {

		static final String READY = "embedded database ready";

		public static void main(String[] args) throws Exception {
			EmbeddedDatabase.start(properties(Path.of(args[0]), 0));
			System.out.println(READY);
			Thread.sleep(TimeUnit.MINUTES.toMillis(5));
		}

	}

}
