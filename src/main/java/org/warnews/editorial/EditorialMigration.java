package org.warnews.editorial;

import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the editorial files into the database: a repeatable Flyway migration whose checksum is that of the files, so
 * it runs after the versioned migrations whenever a file has changed, and not otherwise. It runs in one
 * transaction: if any file has a problem, nothing is written and the start fails with every problem listed.
 */
public class EditorialMigration implements JavaMigration {

	private static final Logger logger = LoggerFactory.getLogger(EditorialMigration.class);

	private final List<String> locations;

	private Integer checksum;

	public EditorialMigration(List<String> locations) {
		this.locations = List.copyOf(locations);
	}

	@Override
	public MigrationVersion getVersion() {
		return null;
	}

	@Override
	public String getDescription() {
		return "editorial files";
	}

	/** Computed once: Flyway asks for it several times in a start, and it reads every file. */
	@Override
	public Integer getChecksum() {
		if (this.checksum == null) {
			this.checksum = EditorialFiles.in(this.locations).checksum();
		}
		return this.checksum;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		long started = System.nanoTime();
		List<Problem> problems = new ArrayList<>();
		ContentSync sync = new ContentSync(context.getConnection(), problems);
		problems.addAll(new EditorialCheck(EditorialFiles.in(this.locations)).run(sync));
		// Only when every file is sound is what the database holds beyond them a problem of its own.
		String loaded = problems.isEmpty() ? sync.finish() : null;
		if (!problems.isEmpty()) {
			throw new EditorialException(problems);
		}
		logger.info("Editorial files loaded in {} ms: {}", (System.nanoTime() - started) / 1_000_000, loaded);
	}

}
