package org.warnews.source;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import org.warnews.editorial.EditorialMigration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation made before the editorial files (at V33, its content from the hand-written V3) upgrades to them
 * cleanly: every claim keeps its id and slug, and what V3 gave it is either unchanged or, where the editorial review
 * corrected it, kept as the claim's version 1; the result is what a new installation gets. Two databases on a PostgreSQL of the test's own, so the app's database is not touched; it runs with the
 * tests that need a database (tagged {@code app}).
 */
@Tag("app")
class UpgradeTest {

	/** What the content tables hold, by table, one text row per row (change times left out: they differ by run). */
	private static final Map<String, String> CONTENT = new LinkedHashMap<>();

	static {
		CONTENT.put("source", "SELECT id, slug, headline, standfirst, published_on, body, sha256 FROM source");
		CONTENT.put("item", "SELECT id, source_id, position, slug, heading, heading_start, span_start, span_end FROM item");
		CONTENT.put("actor", "SELECT * FROM actor");
		CONTENT.put("topic", "SELECT * FROM topic");
		CONTENT.put("claim", """
				SELECT id, slug, item_id, actor_id, kind, summary, quote, quote_start, quote_end, direct_quote, said_on,
				       said_on_precision, said_on_phrase, said_on_inference, via FROM claim""");
		CONTENT.put("claim_topic", "SELECT * FROM claim_topic");
		CONTENT.put("figure", "SELECT * FROM figure");
		CONTENT.put("slug_redirect", "SELECT * FROM slug_redirect");
		CONTENT.put("claim_search", "SELECT * FROM claim_search");
	}

	private static EmbeddedPostgres postgres;

	@BeforeAll
	static void start() throws IOException, SQLException {
		postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE ROLE warnews_owner LOGIN");
			statement.execute("CREATE ROLE warnews_reader LOGIN");
			statement.execute("CREATE DATABASE upgraded OWNER warnews_owner");
			statement.execute("CREATE DATABASE fresh OWNER warnews_owner");
		}
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void anInstallationAtV33UpgradesToWhatANewOneGetsKeepingEveryClaimAndAddress() {
		DataSource upgraded = postgres.getDatabase("warnews_owner", "upgraded");
		// As installed before the editorial files: the first source from its text file and V3, nothing else.
		Flyway.configure()
			.dataSource(upgraded)
			.locations("classpath:db/migration")
			.placeholders(Map.of("reader_role", "warnews_reader"))
			.javaMigrations(firstSource())
			.target("33")
			.load()
			.migrate();
		Map<String, List<String>> atV33 = content(upgraded);
		List<String> atV33Claims = claims(upgraded, "SELECT slug, summary, quote, said_on_phrase FROM claim");
		List<String> addresses = new JdbcTemplate(upgraded).queryForList("SELECT slug FROM claim", String.class);
		assertThat(addresses).hasSize(26);

		migrations(upgraded).load().migrate();

		Map<String, List<String>> upgradedContent = content(upgraded);
		for (String table : List.of("source", "item", "slug_redirect")) {
			assertThat(upgradedContent.get(table)).as(table).isEqualTo(atV33.get(table));
		}
		assertThat(claims(upgraded, "SELECT slug, summary, quote, said_on_phrase FROM claim WHERE NOT EXISTS "
				+ "(SELECT 1 FROM claim_version v WHERE v.claim_id = claim.id)"))
			.as("every claim the review did not correct is as V3 made it")
			.isSubsetOf(atV33Claims);
		assertThat(claims(upgraded, """
				SELECT c.slug, v.state ->> 'summary', v.state ->> 'quote', v.state -> 'said' ->> 'phrase'
				  FROM claim c JOIN claim_version v ON v.claim_id = c.id AND v.number = 1"""))
			.as("the version 1 of each corrected claim is as V3 made it")
			.isSubsetOf(atV33Claims);
		JdbcTemplate jdbc = new JdbcTemplate(upgraded);
		for (String slug : addresses) {
			assertThat(jdbc.queryForObject("""
					SELECT (SELECT count(*) FROM claim WHERE slug = ?) + (SELECT count(*) FROM slug_redirect WHERE old_slug = ?)""",
					Integer.class, slug, slug))
				.as("/claims/%s", slug)
				.isEqualTo(1);
		}
		assertThat(jdbc.queryForObject("SELECT outlet FROM source", String.class)).isEqualTo("not named in the text");
		assertThat(jdbc.queryForList("SELECT DISTINCT reason FROM claim_change", String.class))
			.as("each correction of the review, with its reason")
			.hasSizeGreaterThanOrEqualTo(10);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM claim_version", Integer.class))
			.as("one earlier version of each corrected claim, none of the others")
			.isEqualTo(jdbc.queryForObject("SELECT count(DISTINCT claim_id) FROM claim_change", Integer.class));

		DataSource fresh = postgres.getDatabase("warnews_owner", "fresh");
		migrations(fresh).load().migrate();
		assertThat(content(fresh)).as("a new installation").isEqualTo(content(upgraded));
	}

	private static FluentConfiguration migrations(DataSource database) {
		return Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration")
			.placeholders(Map.of("reader_role", "warnews_reader"))
			.javaMigrations(firstSource(), new EditorialMigration(List.of("classpath:db/sources/")));
	}

	private static SourceFileMigration firstSource() {
		return new SourceFileMigration("2", "2025-06-13-ukraine-russia-war-latest.txt");
	}

	private static List<String> claims(DataSource database, String select) {
		return new JdbcTemplate(database).queryForList("SELECT t::text FROM (" + select + ") t", String.class);
	}

	private static Map<String, List<String>> content(DataSource database) {
		JdbcTemplate jdbc = new JdbcTemplate(database);
		Map<String, List<String>> content = new LinkedHashMap<>();
		CONTENT.forEach((table, select) -> content.put(table,
				jdbc.queryForList("SELECT t::text FROM (" + select + ") t ORDER BY 1", String.class)));
		return content;
	}

}
