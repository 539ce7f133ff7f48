package org.warnews.database;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index behind every lookup, for every table any migration creates: each foreign key is the leading column of
 * an index (joins and cascades), and each slug column, what pages are looked up by, has a unique index.
 */
@DatabaseSliceTest
class IndexCoverageTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyForeignKeyLeadsAnIndex() {
		List<String> uncovered = this.jdbc.queryForList("""
				SELECT c.conrelid::regclass::text || '.' || a.attname
				  FROM pg_constraint c
				  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
				 WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
				   AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
				 ORDER BY 1""", String.class);
		assertThat(uncovered).as("foreign keys without an index").isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM pg_constraint WHERE contype = 'f' "
				+ "AND connamespace = current_schema()::regnamespace", Integer.class)).isGreaterThanOrEqualTo(6);
	}

	@Test
	void everySlugColumnHasAUniqueIndex() {
		List<String> slugs = this.jdbc.queryForList("""
				SELECT c.table_name || '.' || c.column_name FROM information_schema.columns c
				  JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
				 WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
				   AND (c.column_name = 'slug' OR c.column_name LIKE '%\\_slug')
				 ORDER BY 1""", String.class);
		List<String> unindexed = this.jdbc.queryForList("""
				SELECT c.table_name || '.' || c.column_name FROM information_schema.columns c
				  JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
				 WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
				   AND (c.column_name = 'slug' OR c.column_name LIKE '%\\_slug')
				   AND NOT EXISTS (
				       SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
				        WHERE i.indrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass
				          AND a.attname = c.column_name AND i.indisunique AND i.indnatts = 1)
				 ORDER BY 1""", String.class);
		assertThat(slugs).contains("claim.slug", "topic.slug", "actor.slug", "item.slug", "source.slug",
				"slug_redirect.old_slug");
		assertThat(unindexed).as("slug columns without a unique index").isEmpty();
	}

}
