package org.warnews.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server process named in a data directory's {@code postmaster.pid}. A pid outlives its process and
 * is reused, so before the app signals or trusts such a process it checks that the process is a postgres serving
 * that very directory.
 */
final class Postmaster {

	private static final Logger log = LoggerFactory.getLogger(Postmaster.class);

	/** Idle backends exit at once; one running a statement, when it ends (statement_timeout is 5 s). */
	private static final Duration CHILDREN_EXIT = Duration.ofSeconds(10);

	private Postmaster() {
	}

	static Path pidFile(Path dataDir) {
		return dataDir.resolve("postmaster.pid");
	}

	/**
	 * The postgres serving the data directory that its {@code postmaster.pid} names, if any. A pid file naming
	 * another live process (one that took the pid since, or an unreaped server that was killed) is removed: it would
	 * block the next start, and without it PostgreSQL still refuses to start beside a live server of the same
	 * directory (it keys its shared memory to the directory).
	 */
	static Optional<ProcessHandle> serving(Path dataDir) throws IOException {
		Path pidFile = pidFile(dataDir);
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		Optional<ProcessHandle> named = Files.readAllLines(pidFile)
			.stream()
			.findFirst()
			.map(String::strip)
			.filter(line -> line.matches("\\d+"))
			.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
			.filter(ProcessHandle::isAlive);
		if (named.isPresent() && !serves(named.get(), dataDir)) {
			log.info("Removing the stale {}: its pid {} is not a server of this directory", pidFile, named.get().pid());
			Files.deleteIfExists(pidFile);
			return Optional.empty();
		}
		return named; // or none: PostgreSQL itself replaces a pid file whose process is gone
	}

	/**
	 * Whether the process is a live postgres started on this data directory ({@code postgres -D <dir>}, as pg_ctl
	 * starts it). A process whose command line cannot be read, such as one that has exited but not been reaped,
	 * does not count.
	 */
	static boolean serves(ProcessHandle process, Path dataDir) {
		ProcessHandle.Info info = process.info();
		boolean postgres = info.command().map(command -> command.endsWith("postgres")).orElse(false);
		List<String> arguments = List.of(info.arguments().orElse(new String[0]));
		int option = arguments.indexOf("-D");
		return process.isAlive() && postgres && option >= 0 && option + 1 < arguments.size()
				&& sameDirectory(Path.of(arguments.get(option + 1)), dataDir);
	}

	/**
	 * After the server was killed, waits (a few seconds at most) for its former child processes to exit: they stay
	 * attached to its shared memory until they notice, and PostgreSQL refuses to start while they are. They are
	 * counted where Linux lists shared memory segments; elsewhere there is nothing to wait on.
	 */
	static void awaitChildrenGone(Path dataDir) throws IOException {
		Path segments = Path.of("/proc/sysvipc/shm");
		if (!Files.isReadable(segments) || !Files.exists(pidFile(dataDir))) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile(dataDir));
		if (lines.size() < 7) {
			return;
		}
		String[] keyAndId = lines.get(6).strip().split("\\s+"); // line 7: the shared memory key and id
		String id = keyAndId[keyAndId.length - 1];
		long deadline = System.nanoTime() + CHILDREN_EXIT.toNanos();
		while (System.nanoTime() - deadline < 0 && Files.readAllLines(segments)
			.stream()
			.map(line -> line.strip().split("\\s+"))
			.anyMatch(segment -> segment[1].equals(id) && !segment[6].equals("0"))) { // shmid, nattch
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static boolean sameDirectory(Path served, Path dataDir) {
		try {
			return served.isAbsolute() && Files.isSameFile(served, dataDir);
		}
		catch (IOException ex) {
			return false; // one of them is gone
		}
	}

}
