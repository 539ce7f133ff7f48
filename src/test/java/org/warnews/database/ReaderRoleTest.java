package org.warnews.database;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The running app reads through a role that can only SELECT. */
@DatabaseSliceTest
class ReaderRoleTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theAppCanRead() {
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM claim", Integer.class)).isPositive();
	}

	@ParameterizedTest
	@ValueSource(strings = { "INSERT INTO topic (slug, name, description) VALUES ('x', 'X', 'x')",
			"UPDATE claim SET summary = 'changed'", "DELETE FROM slug_redirect", "TRUNCATE figure",
			"CREATE TABLE intruder (id int)", "DROP TABLE claim_topic" })
	void everyWriteThroughTheAppDataSourceIsRefused(String sql) {
		assertThatThrownBy(() -> this.jdbc.execute(sql)).isInstanceOf(DataAccessException.class)
			.rootCause()
			.isInstanceOfSatisfying(SQLException.class,
					refused -> assertThat(refused.getSQLState()).as("insufficient_privilege").isEqualTo("42501"));
	}

}
