package org.warnews.editorial;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What happens when editors change files that are already published: a corrected text is kept as a previous
 * version and its quotes are found again; a renamed claim keeps its old address; every change to a claim is
 * recorded with what it was before and the editor's public reason.
 */
@WithFixtureSources
@DirtiesContext
class SourceRevisionTest {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aRevisedTextIsKeptAsAPreviousVersionAndItsQuotesAreFoundAgain() throws Exception {
		String oldBody = body();
		int oldStart = quoteStart("synthetic-ministry-drill-went-well");
		Path fixtures = EditorialLoads.copy();
		String added = "Correction 🇺🇦: this synthetic fixture was revised by its made-up outlet.\n";
		EditorialLoads.edit(fixtures.resolve("synthetic-third-source/text.txt"),
				text -> text.replace("Fixture heading about a repeated phrase\n", "Fixture heading about a repeated phrase\n" + added));

		new EditorialLoads(this.flyway).load(fixtures);

		assertThat(body()).contains(added);
		assertThat(this.jdbc.queryForList("""
				SELECT v.body FROM source_version v JOIN source s ON s.id = v.source_id
				 WHERE s.slug = 'synthetic-third-source'""", String.class)).containsExactly(oldBody);
		assertThat(quoteStart("synthetic-ministry-drill-went-well")).isEqualTo(oldStart + added.codePointCount(0, added.length()));
		assertThat(Pages.html(this.mvc, "/claims/synthetic-ministry-drill-went-well").select("blockquote.in-context mark").text())
			.isEqualTo("the drill went well");
		assertThat(Pages.html(this.mvc, "/sources/synthetic-third-source/text").select("#p-5 a.quote").eachText())
			.containsExactly("the drill went well", "the drill went well");
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM claim_change ch JOIN claim c ON c.id = ch.claim_id
				  JOIN item i ON i.id = c.item_id WHERE i.slug = 'synthetic-third-repeated'""", Integer.class))
			.as("the same words found again are no change to a claim")
			.isZero();
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM claim_version v JOIN claim c ON c.id = v.claim_id
				  JOIN item i ON i.id = c.item_id WHERE i.slug = 'synthetic-third-repeated'""", Integer.class))
			.as("nor a new version of it")
			.isZero();
	}

	@Test
	void aChangedClaimIsRecordedPartByPartAndARenamedOneKeepsItsOldAddress() throws Exception {
		Path fixtures = EditorialLoads.copy();
		EditorialLoads.edit(fixtures.resolve("synthetic-second-source/source.yaml"), yaml -> yaml
			.replace("- slug: synthetic-ministry-plans-quokka-report\n",
					"- slug: synthetic-ministry-plans-second-report\n    formerly: [synthetic-ministry-plans-quokka-report]\n"
							+ "    corrections: ['A clearer slug and a comma.']\n")
			.replace("- slug: synthetic-ministry-counted-example-drones\n",
					"- slug: synthetic-ministry-counted-example-drones\n    corrections: ['The count was misread.']\n")
			.replace("summary: The Test Ministry of Examples plans to publish a second made-up report about quokkas.",
					"summary: The Test Ministry of Examples plans to publish a second made-up report, about quokkas.")
			.replace("value: 1234", "value: 1235"));

		new EditorialLoads(this.flyway).load(fixtures);

		assertThat(this.jdbc.queryForList("""
				SELECT ch.field || ': ' || ch.before::text || ' -> ' || ch.after::text || ' (' || ch.reason || ')'
				  FROM claim_change ch
				  JOIN claim c ON c.id = ch.claim_id
				 WHERE c.slug IN ('synthetic-ministry-plans-second-report', 'synthetic-ministry-counted-example-drones')
				 ORDER BY ch.id""", String.class)).containsExactly(figuresChange(),
				"slug: \"synthetic-ministry-plans-quokka-report\" -> \"synthetic-ministry-plans-second-report\""
						+ " (A clearer slug and a comma.)",
				"summary: \"The Test Ministry of Examples plans to publish a second made-up report about quokkas.\" -> "
						+ "\"The Test Ministry of Examples plans to publish a second made-up report, about quokkas.\""
						+ " (A clearer slug and a comma.)");
		assertThat(this.mvc.perform(get("/claims/synthetic-ministry-plans-quokka-report")).andReturn().getResponse())
			.satisfies(response -> {
				assertThat(response.getStatus()).isEqualTo(301);
				assertThat(response.getHeader("Location")).endsWith("/claims/synthetic-ministry-plans-second-report");
			});
		assertThat(Pages.html(this.mvc, "/claims/synthetic-ministry-counted-example-drones").select("table.figures").first().text())
			.contains("more than 1,235");
	}

	private String figuresChange() {
		String figure = "[{\"unit\": \"drones\", \"label\": \"Example drones counted\", \"value\": %1$d, \"metric\": "
				+ "\"synthetic-example-drones\", \"counted\": \"example drones counted\", \"reading\": {\"low\": %1$d, "
				+ "\"best\": null, \"high\": null, \"kind\": \"official-claim\", \"excludes\": null, \"periodEnd\": null, "
				+ "\"cumulative\": null, \"approximate\": false}, \"inference\": null, \"qualifier\": \"more than\", "
				+ "\"periodStart\": null, \"periodPhrase\": \"in a made-up exercise\"}]";
		return "figures: " + figure.formatted(1234) + " -> " + figure.formatted(1235) + " (The count was misread.)";
	}

	private String body() {
		return this.jdbc.queryForObject("SELECT body FROM source WHERE slug = 'synthetic-third-source'", String.class);
	}

	private int quoteStart(String slug) {
		return this.jdbc.queryForObject("SELECT quote_start FROM claim WHERE slug = ?", Integer.class, slug);
	}

}
