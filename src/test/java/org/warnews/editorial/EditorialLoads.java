package org.warnews.editorial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Runs the editorial files' migration through Flyway, as a start does, on the database of a running test app, with
 * the fixture sources copied to a folder where a test can change them first.
 */
final class EditorialLoads {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/sources");

	/** Every table the editorial files write, and Flyway's history: a load that fails must leave all as it was. */
	private static final List<String> TABLES = List.of("source", "source_version", "item", "actor", "topic", "claim",
			"claim_topic", "figure", "slug_redirect", "claim_change", "claim_search", "flyway_schema_history");

	private final Flyway flyway;

	EditorialLoads(Flyway flyway) {
		this.flyway = flyway;
	}

	/** A copy of the fixture sources, for a test to change. */
	static Path copy() {
		try {
			Path folder = Files.createTempDirectory("warnews-fixtures-");
			FileSystemUtils.copyRecursively(FIXTURES, folder);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void edit(Path file, UnaryOperator<String> change) {
		try {
			String before = Files.readString(file);
			String after = change.apply(before);
			if (after.equals(before)) {
				throw new IllegalArgumentException("the change changes nothing in " + file);
			}
			Files.writeString(file, after);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Loads the real sources and the given folder of fixtures, through Flyway. */
	void load(Path fixtures) {
		Flyway.configure()
			.dataSource(owner())
			.locations("classpath:db/migration")
			.javaMigrations(new EditorialMigration(List.of("classpath:db/sources/", "file:" + fixtures + "/")))
			// The versioned Java migration of the first source is not listed here: nothing but the files is compared.
			.validateOnMigrate(false)
			.load()
			.migrate();
	}

	/** A digest of everything the editorial files and Flyway's history hold. */
	String snapshot() {
		JdbcTemplate jdbc = new JdbcTemplate(owner());
		StringBuilder snapshot = new StringBuilder();
		for (String table : TABLES) {
			snapshot.append(table)
				.append(':')
				.append(jdbc.queryForObject("SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
						+ table + " t", String.class))
				.append('\n');
		}
		return snapshot.toString();
	}

	DataSource owner() {
		return this.flyway.getConfiguration().getDataSource();
	}

}
