package org.warnews.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code postmaster.pid} left by a killed run names a pid that may since belong to someone else: only a postgres
 * serving this very data directory is stopped, never another program or another cluster's server.
 */
class StaleServerTest {

	@TempDir
	Path dataDir;

	@TempDir
	Path otherDataDir;

	@Test
	void leavesTheServerOfAnotherDataDirectoryRunning() throws Exception {
		try (EmbeddedDatabase other = EmbeddedDatabase.start(EmbeddedDatabaseTest.properties(this.otherDataDir, 0))) {
			Files.copy(this.otherDataDir.resolve("postmaster.pid"), this.dataDir.resolve("postmaster.pid"));
			ProcessHandle otherServer = ProcessHandle.of(pidIn(this.otherDataDir)).orElseThrow();

			StaleServer.stopIfLeftRunning(this.dataDir);

			assertThat(otherServer.onExit()).as("not signalled").isNotDone();
			Thread.sleep(500); // a SIGTERM would have shut it down by now
			assertThat(otherServer.isAlive()).isTrue();
			try (Connection connection = DriverManager.getConnection(other.jdbcUrl(), EmbeddedDatabase.OWNER, null)) {
				assertThat(connection.isValid(5)).isTrue();
			}
			assertThat(this.dataDir.resolve("postmaster.pid")).as("stale here, so removed").doesNotExist();
		}
	}

	@Test
	void leavesAnotherProgramWithTheReusedPidRunning() throws Exception {
		Process sleep = new ProcessBuilder("sleep", "60").start();
		try {
			Files.writeString(this.dataDir.resolve("postmaster.pid"), sleep.pid() + "\n" + this.dataDir + "\n");

			StaleServer.stopIfLeftRunning(this.dataDir);

			assertThat(sleep.waitFor(500, TimeUnit.MILLISECONDS)).as("still running").isFalse();
			assertThat(this.dataDir.resolve("postmaster.pid")).doesNotExist();
		}
		finally {
			sleep.destroyForcibly();
		}
	}

	private static long pidIn(Path dataDir) throws Exception {
		return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
	}

}
