package org.warnews.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness against what the database read has applied, on a real PostgreSQL migrated as the app migrates it: a
 * database with every migration of the jar is ready; one that lacks the newest (a replica that has not replayed it)
 * is not, and says which it expects and which it has.
 */
@DatabaseSliceTest
class MigrationLevelHealthIndicatorTest {

	@Autowired
	MigrationLevelHealthIndicator indicator;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ResourcePatternResolver resources;

	@Autowired
	List<JavaMigration> javaMigrations;

	@Test
	void theJarsNewestMigrationIsTheNewestSqlFile() throws IOException {
		MigrationVersion newestFile;
		try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
			newestFile = files.map(file -> file.getFileName().toString())
				.filter(name -> name.matches("V[0-9]+__.*\\.sql"))
				.map(name -> MigrationVersion.fromVersion(name.substring(1, name.indexOf("__"))))
				.max(MigrationVersion::compareTo)
				.orElseThrow();
		}
		assertThat(MigrationLevelHealthIndicator.contained(this.resources, List.of("classpath:db/migration"),
				this.javaMigrations)).isEqualTo(newestFile);
	}

	@Test
	void aDatabaseWithEveryMigrationIsReady() {
		assertThat(this.indicator.health(true).getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aDatabaseBehindTheJarIsNotReadyAndSaysSo() {
		MigrationVersion applied = this.indicator.applied();
		MigrationVersion next = MigrationVersion.fromVersion(applied.getVersion() + ".1");
		Health health = new MigrationLevelHealthIndicator(this.jdbc, "flyway_schema_history", next).health(true);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("expected", next.getVersion())
			.containsEntry("applied", applied.getVersion());
	}

}
