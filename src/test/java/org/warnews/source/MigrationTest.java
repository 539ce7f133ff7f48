package org.warnews.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.warnews.database.DatabaseSliceTest;
import org.warnews.model.Sha256;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseSliceTest
class MigrationTest {

	private static final Path SOURCE_FILE = Path.of("db/sources/2025-06-13-ukraine-russia-war-latest/text.txt");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Flyway flyway;

	@Test
	void storesTheSourceByteIdenticalToItsFile() throws Exception {
		byte[] file = Files.readAllBytes(SOURCE_FILE);
		Map<String, Object> row = this.jdbc.queryForMap("SELECT slug, body, sha256, published_on, headline FROM source");
		assertThat(((String) row.get("body")).getBytes(StandardCharsets.UTF_8)).isEqualTo(file);
		assertThat(row.get("sha256")).isEqualTo(Sha256.of(file));
		assertThat(row.get("slug")).isEqualTo("2025-06-13-ukraine-russia-war-latest");
		assertThat(row.get("published_on")).hasToString("2025-06-13");
		assertThat(row.get("headline"))
			.isEqualTo("Ukraine-Russia war latest: Kyiv claims Moscow has lost more than one million soldiers");
	}

	@Test
	void theProjectCopyOfTheSourceMatchesTheSharedOriginalWhereItIsPresent() throws Exception {
		Path shared = Path.of("../shared/source/2025-06-13-ukraine-russia-war-latest.txt");
		if (Files.exists(shared)) {
			assertThat(Files.readAllBytes(SOURCE_FILE)).isEqualTo(Files.readAllBytes(shared));
		}
	}

	@Test
	void everyQuoteAndHeadingIsVerbatimAtItsOffsets() {
		String body = this.jdbc.queryForObject("SELECT body FROM source", String.class);
		List<Map<String, Object>> claims = this.jdbc
			.queryForList("SELECT slug, quote, quote_start, quote_end FROM claim");
		assertThat(claims).isNotEmpty().allSatisfy(claim -> assertThat(
				body.substring((int) claim.get("quote_start"), (int) claim.get("quote_end")))
			.as("quote of %s", claim.get("slug"))
			.isEqualTo(claim.get("quote")));
		List<Map<String, Object>> items = this.jdbc.queryForList("SELECT heading, heading_start FROM item");
		assertThat(items).allSatisfy(item -> assertThat(body.substring((int) item.get("heading_start")))
			.startsWith((String) item.get("heading")));
	}

	@Test
	void seedsTheExpectedContent() {
		assertThat(count("source")).isEqualTo(1);
		assertThat(this.jdbc.queryForList("SELECT heading FROM item ORDER BY position", String.class)).containsExactly(
				"Kyiv claims Moscow has lost more than one million soldiers",
				"Volodymyr Zelensky to attend G7 and hopes to meet Trump",
				"Putin calls for quick development of drone forces");
		assertThat(count("claim")).isEqualTo(26);
		assertThat(count("actor")).isEqualTo(6);
		assertThat(count("topic")).isEqualTo(10);
		assertThat(count("figure")).isEqualTo(5);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM claim c WHERE NOT EXISTS "
				+ "(SELECT 1 FROM claim_topic ct WHERE ct.claim_id = c.id)", Integer.class))
			.as("claims without a topic")
			.isZero();
	}

	@Test
	void everyClaimHasADateWithItsPrecisionAndWhereItCameFrom() {
		assertThat(this.jdbc.queryForList(
				"SELECT said_on_precision || ' ' || said_on || ' ' || coalesce(said_on_phrase, '-') FROM claim "
						+ "WHERE slug IN ('uk-mod-more-than-one-million-russian-casualties', "
						+ "'zelensky-stressed-domestic-drone-industry', 'zelensky-will-attend-g7-summit-in-canada')"
						+ " ORDER BY slug",
				String.class))
			.containsExactly("day 2025-06-12 on Thursday",
					"on-or-before 2025-06-13 since the outbreak of the war in February 2022",
					"on-or-before 2025-06-13 -");
	}

	@Test
	void keepsTheCompetingCasualtyFiguresApartWithTheirClaimants() {
		assertThat(this.jdbc.queryForList("""
				SELECT a.slug || ' ' || f.metric || ' ' || coalesce(f.qualifier, '') || ' ' || f.value
				  FROM figure f JOIN claim c ON c.id = f.claim_id JOIN actor a ON a.id = c.actor_id
				 ORDER BY f.value DESC, a.slug""", String.class))
			.containsExactly("general-staff-of-ukraine russian-troops-lost more than 1000000",
					"uk-ministry-of-defence russian-casualties more than 1000000",
					"uk-ministry-of-defence russian-killed roughly 250000",
					"vladimir-putin targets-destroyed-by-russian-air-defences more than 80000",
					"russia russian-killed around 6000");
	}

	@Test
	void theDatabaseRefusesAQuoteThatIsNotVerbatimAtItsOffsets() {
		JdbcTemplate owner = new JdbcTemplate(ownerDataSource());
		TransactionTemplate rollback = new TransactionTemplate(new DataSourceTransactionManager(ownerDataSource()));
		assertThatThrownBy(() -> rollback.executeWithoutResult(tx -> {
			tx.setRollbackOnly();
			owner.update("UPDATE claim SET quote = 'Russia has lost fewer than one million troops' "
					+ "WHERE slug = 'general-staff-russia-lost-more-than-one-million-troops'");
		})).isInstanceOf(DataAccessException.class).hasMessageContaining("is not found verbatim");
		assertThatThrownBy(() -> rollback.executeWithoutResult(tx -> {
			tx.setRollbackOnly();
			owner.update("UPDATE claim SET quote_start = quote_start + 1, quote_end = quote_end + 1 "
					+ "WHERE slug = 'zelensky-hopes-to-meet-trump-at-g7'");
		})).isInstanceOf(DataAccessException.class).hasMessageContaining("is not found verbatim");
	}

	@Test
	void aFigureAlwaysCarriesTheDateItsClaimWasSaid() {
		JdbcTemplate owner = new JdbcTemplate(ownerDataSource());
		TransactionTemplate rollback = new TransactionTemplate(new DataSourceTransactionManager(ownerDataSource()));
		String figureDates = "SELECT DISTINCT f.said_on = c.said_on FROM figure f JOIN claim c ON c.id = f.claim_id";
		assertThat(owner.queryForList(figureDates, Boolean.class)).containsExactly(true);
		rollback.executeWithoutResult(tx -> {
			tx.setRollbackOnly();
			owner.update("UPDATE claim SET said_on = said_on - 1 WHERE slug = 'russia-around-6000-soldiers-killed'");
			owner.update("UPDATE figure SET said_on = DATE '2000-01-01'");
			owner.update("""
					INSERT INTO figure (claim_id, metric, metric_label, value, unit, counted, period_phrase)
					SELECT id, 'russian-killed', 'Russian soldiers killed', 1, 'people', 'soldiers', 'to date'
					  FROM claim WHERE slug = 'russia-around-6000-soldiers-killed'""");
			assertThat(owner.queryForList(figureDates, Boolean.class)).containsExactly(true);
			assertThat(owner.queryForObject("SELECT count(*) FROM figure WHERE said_on = DATE '2000-01-01'", Integer.class))
				.isZero();
		});
	}

	@Test
	void theDatabaseRefusesASourceBodyThatDoesNotMatchItsChecksum() {
		JdbcTemplate owner = new JdbcTemplate(ownerDataSource());
		TransactionTemplate rollback = new TransactionTemplate(new DataSourceTransactionManager(ownerDataSource()));
		assertThatThrownBy(() -> rollback.executeWithoutResult(tx -> {
			tx.setRollbackOnly();
			owner.update("UPDATE source SET body = replace(body, '’', '''')");
		})).isInstanceOf(DataAccessException.class).hasMessageContaining("source_body_matches_sha256");
	}

	private DataSource ownerDataSource() {
		return this.flyway.getConfiguration().getDataSource();
	}

	private int count(String table) {
		return this.jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
	}

}
