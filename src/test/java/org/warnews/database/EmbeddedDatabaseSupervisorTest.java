package org.warnews.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL killed under the app (kill -9 of its postmaster): it is started again, data and all, or
 * liveness breaks when it cannot be.
 */
class EmbeddedDatabaseSupervisorTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@TempDir
	Path dataDir;

	final List<LivenessState> liveness = new CopyOnWriteArrayList<>();

	final ApplicationEventPublisher events = event -> {
		if (event instanceof AvailabilityChangeEvent<?> change && change.getState() instanceof LivenessState state) {
			this.liveness.add(state);
		}
	};

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void restartsAKilledServerWithItsData(CapturedOutput output) throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(EmbeddedDatabaseTest.properties(this.dataDir, 0));
				EmbeddedDatabaseSupervisor supervisor = new EmbeddedDatabaseSupervisor(database, WAIT, this.events)) {
			supervisor.start();
			EmbeddedDatabaseTest.execute(database, EmbeddedDatabase.OWNER,
					"CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
			ProcessHandle killed = kill(database);

			long deadline = System.nanoTime() + WAIT.toNanos();
			while (!database.isRunning() && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}

			assertThat(database.postmaster()).as("back by itself")
				.hasValueSatisfying(server -> assertThat(server.pid()).isNotEqualTo(killed.pid()));
			String note = EmbeddedDatabaseTest.query(database, EmbeddedDatabase.OWNER, "SELECT note FROM kept");
			assertThat(note).as("with its data").isEqualTo("still here");
			assertThat(this.liveness).isEmpty();
			assertThat(output.getAll()).as("the restart is told in one line, not with the library's error")
				.contains("restarted it in")
				.doesNotContain("Could not stop postmaster");
		}
	}

	@Test
	void livenessBreaksWhenTheKilledServerCannotBeRestarted() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(EmbeddedDatabaseTest.properties(this.dataDir, 0));
				EmbeddedDatabaseSupervisor supervisor = new EmbeddedDatabaseSupervisor(database, Duration.ofSeconds(2),
						this.events)) {
			kill(database);
			FileSystemUtils.deleteRecursively(this.dataDir); // its data lost with it
			Files.createDirectories(this.dataDir);
			supervisor.start();

			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (this.liveness.isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}

			assertThat(this.liveness).containsExactly(LivenessState.BROKEN);
			assertThat(database.isRunning()).as("no empty database started in its place").isFalse();
			assertThat(this.dataDir.resolve("PG_VERSION")).doesNotExist();
		}
	}

	private static ProcessHandle kill(EmbeddedDatabase database) throws Exception {
		ProcessHandle postmaster = database.postmaster().orElseThrow();
		postmaster.destroyForcibly(); // SIGKILL: no shutdown, crash recovery on the next start
		postmaster.onExit().get(10, TimeUnit.SECONDS);
		return postmaster;
	}

}
