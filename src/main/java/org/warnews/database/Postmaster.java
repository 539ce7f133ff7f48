package org.warnews.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL server process named in a data directory's {@code postmaster.pid}. A pid outlives its process and
 * is reused, so before the app signals or trusts such a process it checks that the process is a postgres serving
 * that very directory.
 */
final class Postmaster {

	private Postmaster() {
	}

	static Path pidFile(Path dataDir) {
		return dataDir.resolve("postmaster.pid");
	}

	/** The live process whose pid {@code postmaster.pid} names, whatever it runs, if any. */
	static Optional<ProcessHandle> named(Path dataDir) throws IOException {
		Path pidFile = pidFile(dataDir);
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		return Files.readAllLines(pidFile)
			.stream()
			.findFirst()
			.map(String::strip)
			.filter(line -> line.matches("\\d+"))
			.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
			.filter(ProcessHandle::isAlive);
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

	private static boolean sameDirectory(Path served, Path dataDir) {
		try {
			return served.isAbsolute() && Files.isSameFile(served, dataDir);
		}
		catch (IOException ex) {
			return false; // one of them is gone
		}
	}

}
