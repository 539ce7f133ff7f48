package org.warnews.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data directory by a run that was killed (kill -9 ends the JVM but
 * not its postgres). It is stopped cleanly before the new start; a directory in use by a live app is refused.
 */
final class StaleServer {

	private static final Logger log = LoggerFactory.getLogger(StaleServer.class);

	private StaleServer() {
	}

	static void stopIfLeftRunning(Path dataDir) throws IOException {
		refuseIfInUse(dataDir);
		Optional<ProcessHandle> server = Postmaster.serving(dataDir);
		if (server.isEmpty()) {
			return;
		}
		ProcessHandle process = server.get();
		log.warn("Stopping the PostgreSQL server (pid {}) that an earlier run left on {}", process.pid(), dataDir);
		process.destroy(); // SIGTERM: a clean shutdown, its clients are gone with the killed run
		try {
			process.onExit().get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new EmbeddedDatabaseException("A PostgreSQL server (pid " + process.pid() + ") left running on "
					+ dataDir + " did not stop.", "Stop it with: kill " + process.pid(), ex);
		}
	}

	private static void refuseIfInUse(Path dataDir) throws IOException {
		Path lockFile = dataDir.resolve("epg-lock");
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw new EmbeddedDatabaseException("The data directory " + dataDir
						+ " is in use by another running copy of the app.",
						"Stop the other copy, or give this one its own --warnews.database.data-dir.", null);
			}
		}
	}

}
