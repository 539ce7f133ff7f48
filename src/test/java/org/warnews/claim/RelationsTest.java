package org.warnews.claim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.Pages;
import org.warnews.editorial.WithFixtureSources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Relations between claims, written in the annotation files: shown on both claims' pages with the wording of each
 * side, in the API, the JSON-LD and the open data; within the first source and across the fixture sources.
 */
@WithFixtureSources
class RelationsTest {

	private static final String PARAPHRASE = "putin-calls-for-separate-drone-forces";

	private static final String DIRECT = "putin-creating-unmanned-systems-troops";

	private static final String GENERAL_STAFF = "general-staff-russia-lost-more-than-one-million-troops";

	@Autowired
	MockMvc mvc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aRelationIsShownOnBothClaimsPagesReadFromEachSide() throws Exception {
		List<String> paraphrase = relations(PARAPHRASE);
		assertThat(paraphrase).containsExactly("This claim restates: | According to Vladimir Putin · on or before 13 June 2025 | "
				+ "Russia is creating unmanned systems troops as a separate branch of the military and needs to ensure "
				+ "their rapid and high-quality deployment and development. -> /claims/" + DIRECT);
		assertThat(relations(DIRECT)).containsExactly("This claim is restated by: | According to Vladimir Putin · on or before "
				+ "13 June 2025 | Separate drone forces within the military should be developed and deployed rapidly. -> /claims/"
				+ PARAPHRASE);
		assertThat(relations(GENERAL_STAFF)).hasSize(3)
			.allSatisfy(relation -> assertThat(relation).startsWith("This claim is characterised by: | According to the publication"))
			.anySatisfy(relation -> assertThat(relation).endsWith("/claims/publication-general-staff-claim-in-line-with-uk-estimate"))
			.anySatisfy(relation -> assertThat(relation).endsWith("/claims/publication-general-staff-claim-in-line-with-western-estimates"))
			.anySatisfy(relation -> assertThat(relation).endsWith("/claims/publication-losses-underline-price-paid-by-moscow"));
		assertThat(relations("publication-general-staff-claim-in-line-with-uk-estimate"))
			.containsExactly("This claim characterises: | According to the General Staff of the Armed Forces of Ukraine · on or before 13 June 2025 | "
					+ "Russia has lost more than one million troops in Ukraine since the beginning of its full-scale invasion. -> /claims/"
					+ GENERAL_STAFF);
		assertThat(relations("publication-drones-leading-role-for-both-sides")).singleElement()
			.satisfies(relation -> assertThat(relation).startsWith("This claim supports: | According to Vladimir Putin"));
		assertThat(Pages.html(this.mvc, "/claims/zelensky-hopes-to-meet-trump-at-g7").select("section.relations")).isEmpty();
	}

	@Test
	void relationsJoinClaimsOfDifferentSources() throws Exception {
		assertThat(relations("synthetic-ministry-counted-example-drones")).containsExactly(
				"This claim is updated by: | According to the Test Ministry of Examples · 7 July 2025 | The Test Ministry of "
						+ "Examples has now counted more than 2,000 example drones in the made-up exercise. -> "
						+ "/claims/synthetic-ministry-counted-2000-example-drones");
		// The claim it carries first, then those pointing at it.
		assertThat(relations("synthetic-ministry-counted-2000-example-drones")).satisfiesExactly(
				updates -> assertThat(updates).startsWith("This claim updates: | According to the Test Ministry of Examples · 1 July 2025"),
				disputed -> assertThat(disputed).startsWith("This claim is disputed by: | According to Testa Spokesperson"));
		assertThat(relations("synthetic-ministry-drill-went-well")).containsExactlyInAnyOrder(
				"This claim supports: | According to Testa Spokesperson · on or before 3 July 2025 | The drill went well, "
						+ "according to the spokesperson. -> /claims/synthetic-spokesperson-drill-went-well",
				"This claim is restated by: | According to the Test Ministry of Examples · on or before 8 July 2025 | The drill "
						+ "went well, the ministry repeated. -> /claims/synthetic-ministry-repeats-drill-went-well");
	}

	@Test
	void theStructuredDataSaysOnlyWhatSchemaOrgCanSay() throws Exception {
		JsonNode paraphrase = claimNode(PARAPHRASE);
		assertThat(paraphrase.path("isBasedOn").get(0).path("@id").asString()).isEqualTo("http://localhost/claims/" + DIRECT);
		assertThat(paraphrase.has("citation")).isFalse();
		// The inverse direction has no schema.org form.
		assertThat(claimNode(DIRECT).has("isBasedOn")).isFalse();
		assertThat(claimNode("publication-general-staff-claim-in-line-with-uk-estimate").path("citation").get(0).path("@id")
			.asString()).isEqualTo("http://localhost/claims/" + GENERAL_STAFF);
		JsonNode disputing = claimNode("synthetic-spokesperson-new-count-too-high");
		assertThat(disputing.has("isBasedOn") || disputing.has("citation")).isFalse();
	}

	@Test
	void theApiGivesEachClaimItsRelationsBothWays() throws Exception {
		JsonNode paraphrase = api("/api/v1/claims/" + PARAPHRASE).path("relations");
		assertThat(paraphrase).hasSize(1);
		assertThat(paraphrase.get(0).path("type").asString()).isEqualTo("restates");
		assertThat(paraphrase.get(0).path("direction").asString()).isEqualTo("outgoing");
		assertThat(paraphrase.get(0).path("wording").asString()).isEqualTo("restates");
		assertThat(paraphrase.get(0).path("claim").path("slug").asString()).isEqualTo(DIRECT);
		assertThat(paraphrase.get(0).path("claim").path("url").asString()).isEqualTo("http://localhost/claims/" + DIRECT);
		assertThat(paraphrase.get(0).path("claim").path("claimant").path("name").asString()).isEqualTo("Vladimir Putin");
		JsonNode direct = api("/api/v1/claims/" + DIRECT).path("relations").get(0);
		assertThat(direct.path("direction").asString()).isEqualTo("incoming");
		assertThat(direct.path("wording").asString()).isEqualTo("is restated by");
		assertThat(direct.path("claim").path("slug").asString()).isEqualTo(PARAPHRASE);
		// Lists carry them too, read for the whole page; a claim with none has an empty list.
		JsonNode putin = api("/api/v1/claims?actor=vladimir-putin&size=200").path("claims");
		List<String> withRelations = new ArrayList<>();
		putin.forEach(claim -> {
			assertThat(claim.path("relations").isArray()).isTrue();
			if (!claim.path("relations").isEmpty()) {
				withRelations.add(claim.path("slug").asString() + " " + claim.path("relations").get(0).path("wording").asString());
			}
		});
		assertThat(withRelations).containsExactlyInAnyOrder(PARAPHRASE + " restates", DIRECT + " is restated by",
				"putin-drones-played-major-role-in-conflict is supported by");
		JsonNode item = api("/api/v1/items/synthetic-fifth-newer-count").path("claims");
		assertThat(item.get(1).path("relations").get(0).path("type").asString()).isEqualTo("disputes");
	}

	@Test
	void theOpenDataListsEachClaimsRelationsWithTheirProvenance() throws Exception {
		JsonNode data = this.json.readTree(this.mvc.perform(get("/data/claims.json")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		JsonNode field = null;
		for (JsonNode f : data.path("fields")) {
			if (f.path("name").asString().equals("relations")) {
				field = f;
			}
		}
		assertThat(field).isNotNull();
		assertThat(field.path("provenance").asString()).startsWith("editorial").contains("where the source text shows the relation");
		JsonNode generalStaff = null;
		for (JsonNode claim : data.path("claims")) {
			if (claim.path("slug").asString().equals(GENERAL_STAFF)) {
				generalStaff = claim;
			}
		}
		assertThat(generalStaff.path("relations")).hasSize(3);
		assertThat(generalStaff.path("relations").get(0).path("wording").asString()).isEqualTo("is characterised by");
		assertThat(generalStaff.path("relations").get(0).path("direction").asString()).isEqualTo("incoming");
		String csv = this.mvc.perform(get("/data/claims.csv")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String header = csv.substring(0, csv.indexOf("\r\n"));
		assertThat(header).contains(",relations,");
		String id = idOf(PARAPHRASE);
		String row = csv.lines().filter(line -> line.startsWith(id + ",")).findFirst().orElseThrow();
		assertThat(row).contains(",restates " + DIRECT + ",");
		JsonNode metadata = this.json.readTree(this.mvc.perform(get("/data/claims.csv-metadata.json")).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
		List<String> described = new ArrayList<>();
		metadata.path("tableSchema").path("columns").forEach(column -> {
			if (column.path("name").asString().equals("relations")) {
				described.add(column.path("dc:description").asString());
			}
		});
		assertThat(described).singleElement().satisfies(text -> assertThat(text).contains("Provenance: editorial"));
	}

	private String idOf(String slug) throws Exception {
		return api("/api/v1/claims/" + slug).path("id").asString();
	}

	/** Each relation of a claim's page as "wording | attribution | summary -> link". */
	private List<String> relations(String slug) throws Exception {
		Document page = Pages.html(this.mvc, "/claims/" + slug);
		List<String> shown = new ArrayList<>();
		for (Element relation : page.select("section.relations li.relation")) {
			shown.add(relation.select(".relation-type").text() + " | " + relation.select(".attribution span:not(.kind)").text() + " | "
					+ relation.select(".summary").text() + " -> " + relation.select(".summary a").attr("href"));
		}
		return shown;
	}

	private JsonNode claimNode(String slug) throws Exception {
		Document page = Pages.html(this.mvc, "/claims/" + slug);
		JsonNode document = this.json.readTree(page.select("script[type=application/ld+json]").first().data());
		for (JsonNode node : document.path("@graph")) {
			if (node.path("@type").asString().equals("Claim")) {
				return node;
			}
		}
		throw new AssertionError("no Claim in the JSON-LD of " + slug);
	}

	private JsonNode api(String path) throws Exception {
		return this.json.readTree(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
