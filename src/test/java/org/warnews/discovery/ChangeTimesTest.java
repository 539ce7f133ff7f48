package org.warnews.discovery;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.warnews.database.DatabaseSliceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed's updated and the sitemap's lastmod come from the database: a migration that changes a claim, or its
 * figures or topics, moves the claim's change time; one that rewrites a row unchanged does not. Each case runs in a
 * transaction that is rolled back.
 */
@DatabaseSliceTest
class ChangeTimesTest {

	@Autowired
	Flyway flyway;

	@Test
	void changingAClaimOrItsFiguresOrTopicsMovesItsChangeTime() throws Exception {
		assertThat(changed("UPDATE claim SET summary = summary || ' (corrected)' WHERE slug = 'russia-around-6000-soldiers-killed'")).isTrue();
		assertThat(changed("UPDATE figure SET qualifier = 'roughly' WHERE claim_id = (SELECT id FROM claim WHERE slug = 'russia-around-6000-soldiers-killed')")).isTrue();
		assertThat(changed("DELETE FROM claim_topic WHERE claim_id = (SELECT id FROM claim WHERE slug = 'russia-around-6000-soldiers-killed')")).isTrue();
		// A relation is part of both claims it joins.
		assertThat(changed("""
				INSERT INTO claim_relation (from_claim_id, type, to_claim_id)
				SELECT f.id, 'characterises', t.id FROM claim f, claim t
				 WHERE f.slug = 'publication-general-staff-claim-in-line-with-western-estimates'
				   AND t.slug = 'russia-around-6000-soldiers-killed'""")).isTrue();
		assertThat(changed("DELETE FROM claim_relation WHERE to_claim_id = (SELECT id FROM claim WHERE slug = 'russia-around-6000-soldiers-killed')")).isTrue();
		assertThat(changed("UPDATE claim SET summary = summary WHERE slug = 'russia-around-6000-soldiers-killed'")).isFalse();
	}

	/** Whether the statement moved the claim's updated_at to the time of its transaction. */
	private boolean changed(String sql) throws Exception {
		try (Connection owner = this.flyway.getConfiguration().getDataSource().getConnection();
				Statement statement = owner.createStatement()) {
			owner.setAutoCommit(false);
			try {
				statement.executeUpdate(sql);
				try (ResultSet result = statement.executeQuery(
						"SELECT updated_at = now() FROM claim WHERE slug = 'russia-around-6000-soldiers-killed'")) {
					result.next();
					return result.getBoolean(1);
				}
			}
			finally {
				owner.rollback();
			}
		}
	}

}
