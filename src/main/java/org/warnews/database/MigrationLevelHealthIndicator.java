package org.warnews.database;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether the database the app reads has applied the newest migration this jar contains ({@code migrations}, part of
 * readiness). A read replica that has not yet replayed a deployment's migrations (they run on the primary) is
 * behind: the instance serves the older content consistently (its content version is read from the same database)
 * but is not ready, so a load balancer sends its traffic to instances that are up to date. Once caught up it is not
 * asked again: a database does not lose a migration.
 */
final class MigrationLevelHealthIndicator extends AbstractHealthIndicator {

	/** Flyway's versioned SQL migrations: V, the version, two underscores. */
	private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*?)__.*\\.sql");

	private final JdbcTemplate jdbc;

	private final String historyTable;

	private final MigrationVersion expected;

	private volatile boolean caughtUp;

	MigrationLevelHealthIndicator(JdbcTemplate jdbc, String historyTable, MigrationVersion expected) {
		this.jdbc = jdbc;
		this.historyTable = historyTable;
		this.expected = expected;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		if (this.caughtUp) {
			builder.up();
			return;
		}
		MigrationVersion applied;
		try {
			applied = applied();
		}
		catch (DataAccessException ex) {
			builder.down(); // an unreachable database is db's to report, and logged there once
			return;
		}
		if (applied.compareTo(this.expected) >= 0) {
			this.caughtUp = true;
			builder.up();
		}
		else {
			builder.down().withDetail("expected", this.expected.getVersion()).withDetail("applied", applied.getVersion());
		}
	}

	/** The newest migration the database has applied successfully. */
	MigrationVersion applied() {
		return newest(this.jdbc
			.queryForList("SELECT version FROM " + this.historyTable + " WHERE success AND version IS NOT NULL",
					String.class)
			.stream()
			.map(MigrationVersion::fromVersion));
	}

	/**
	 * The newest versioned migration the running code contains: the SQL files in Flyway's locations and the Java
	 * migrations (repeatable ones have no version and are not counted).
	 */
	static MigrationVersion contained(ResourcePatternResolver resources, List<String> locations,
			List<JavaMigration> javaMigrations) {
		Stream<MigrationVersion> sql = locations.stream()
			.flatMap(location -> sqlFiles(resources, location.replaceFirst("^filesystem:", "file:")))
			.map(Resource::getFilename)
			.filter(Objects::nonNull)
			.map(VERSIONED::matcher)
			.filter(Matcher::matches)
			.map(name -> MigrationVersion.fromVersion(name.group(1)));
		Stream<MigrationVersion> java = javaMigrations.stream().map(JavaMigration::getVersion).filter(Objects::nonNull);
		return newest(Stream.concat(sql, java));
	}

	private static Stream<Resource> sqlFiles(ResourcePatternResolver resources, String location) {
		try {
			return Stream.of(resources.getResources(location + "/*.sql"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list the migrations in " + location, ex);
		}
	}

	private static MigrationVersion newest(Stream<MigrationVersion> versions) {
		return versions.max(Comparator.naturalOrder()).orElse(MigrationVersion.EMPTY);
	}

}
