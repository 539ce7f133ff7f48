package org.warnews.search;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import org.warnews.database.DatabaseSliceTest;
import org.warnews.search.SearchResult.Card;
import org.warnews.search.SearchResult.Facet;
import org.warnews.search.SearchResult.FacetValue;
import org.warnews.search.SearchResult.Hit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * What readers type → the claims expected at the top, on the first source's claims (V3), on real PostgreSQL.
 * "top" means: the first N results are exactly these N claims, in any order; "only": these and no others.
 */
@DatabaseSliceTest
@Import({ ClaimSearch.class, SearchRepository.class })
class SearchRelevanceTest {

	private static final List<String> ZELENSKY = List.of("zelensky-will-attend-g7-summit-in-canada",
			"zelensky-hopes-to-meet-trump-at-g7", "zelensky-hopes-to-discuss-support-sanctions-reconstruction",
			"zelensky-stressed-domestic-drone-industry");

	private static final List<String> KYIV = List.of("zelensky-hopes-to-discuss-support-sanctions-reconstruction",
			"general-staff-russia-lost-more-than-one-million-troops");

	private static final List<String> UK_MOD = List.of("uk-mod-more-than-one-million-russian-casualties",
			"uk-mod-roughly-250000-russian-soldiers-killed", "uk-mod-devastating-human-cost-putin-inflicting");

	private static final List<String> G7 = List.of("zelensky-will-attend-g7-summit-in-canada",
			"zelensky-hopes-to-meet-trump-at-g7", "zelensky-hopes-to-discuss-support-sanctions-reconstruction");

	private static final List<String> ONE_MILLION = List.of("general-staff-russia-lost-more-than-one-million-troops",
			"uk-mod-more-than-one-million-russian-casualties");

	private static final List<String> AIR_DEFENCE = List.of("putin-stressed-developing-air-defences",
			"putin-new-armaments-programme-air-defence-system", "putin-air-defences-destroyed-more-than-80000-targets");

	private static final String SWAP = "publication-both-sides-swapped-wounded-prisoners-of-war";

	private static final String KILLED_250000 = "uk-mod-roughly-250000-russian-soldiers-killed";

	@Autowired
	ClaimSearch search;

	@Autowired
	SearchRepository repository;

	static Stream<Arguments> top() {
		return Stream.of(
				// Spelling variants of names, places and organisations
				arguments("Zelensky", ZELENSKY), arguments("Zelenskyy", ZELENSKY), arguments("Zelenskiy", ZELENSKY),
				arguments("Зеленський", ZELENSKY), arguments("Zelenský", ZELENSKY),
				arguments("Kyiv", KYIV), arguments("Kiev", KYIV), arguments("Київ", KYIV),
				arguments("Ministry of Defense", UK_MOD), arguments("UK Ministry of Defence", UK_MOD),
				arguments("MoD", UK_MOD), arguments("Defense", UK_MOD),
				arguments("G7", G7), arguments("G-7", G7), arguments("G-7 summit", G7),
				arguments("air defense", AIR_DEFENCE),
				// Synonyms
				arguments("unmanned systems", List.of("putin-creating-unmanned-systems-troops")),
				arguments("UAV", List.of("putin-drones-played-major-role-in-conflict", "putin-calls-for-separate-drone-forces",
						"putin-creating-unmanned-systems-troops", "publication-drones-leading-role-for-both-sides",
						"zelensky-stressed-domestic-drone-industry")),
				arguments("weapons", List.of("putin-new-armaments-programme-air-defence-system")),
				arguments("SMO", List.of("publication-russia-calls-conflict-special-military-operation")),
				arguments("dead", List.of(KILLED_250000, "russia-around-6000-soldiers-killed")),
				arguments("Twitter", List.of("uk-mod-more-than-one-million-russian-casualties", KILLED_250000)),
				// ’ and ' alike
				arguments("Kyiv's reconstruction", List.of("zelensky-hopes-to-discuss-support-sanctions-reconstruction")),
				arguments("Kyiv’s reconstruction", List.of("zelensky-hopes-to-discuss-support-sanctions-reconstruction")),
				arguments("Ukraine’s armed forces", List.of("publication-general-staff-claim-in-line-with-uk-estimate",
						"general-staff-russia-lost-more-than-one-million-troops")),
				// Numbers in digits and in words
				arguments("1 million", ONE_MILLION), arguments("one million", ONE_MILLION),
				arguments("1,000,000", ONE_MILLION), arguments("1000000", ONE_MILLION), arguments("1m", ONE_MILLION),
				arguments("more than a million casualties", List.of("uk-mod-more-than-one-million-russian-casualties")),
				arguments("250000", List.of(KILLED_250000)), arguments("250,000", List.of(KILLED_250000)),
				arguments("250k", List.of(KILLED_250000)), arguments("250 thousand", List.of(KILLED_250000)),
				arguments("80000 targets", List.of("putin-air-defences-destroyed-more-than-80000-targets")),
				arguments("six thousand", List.of("russia-around-6000-soldiers-killed")),
				arguments("6,000 soldiers", List.of("russia-around-6000-soldiers-killed")),
				// Phrases
				arguments("\"more than one million\"", ONE_MILLION),
				arguments("\"drone forces\"", List.of("putin-calls-for-separate-drone-forces",
						"putin-bringing-together-good-experience", "putin-creating-unmanned-systems-troops")),
				arguments("Trump", List.of("zelensky-hopes-to-meet-trump-at-g7", "publication-trump-zelensky-last-met-at-vatican")),
				arguments("Western intelligence", List.of("publication-general-staff-claim-in-line-with-western-estimates")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void top(String q, List<String> expected) {
		List<String> slugs = slugs(search(q, null, null, null));
		assertThat(slugs).as("results for %s", q).hasSizeGreaterThanOrEqualTo(expected.size());
		assertThat(slugs.subList(0, expected.size())).as("top results for %s", q).containsExactlyInAnyOrderElementsOf(expected);
	}

	static Stream<Arguments> only() {
		return Stream.of(arguments("POW", List.of(SWAP)), arguments("prisoners of war", List.of(SWAP)),
				arguments("\"prisoner of war\"", List.of(SWAP)), arguments("exchange", List.of(SWAP)),
				arguments("swap", List.of(SWAP)), arguments("Istanbul talks", List.of(SWAP)),
				arguments("\"separate drone forces\"", List.of("putin-calls-for-separate-drone-forces")),
				arguments("\"lagging behind\"", List.of("putin-not-lagging-behind-on-anything")),
				arguments("Vatican OR Istanbul", List.of(SWAP, "publication-trump-zelensky-last-met-at-vatican")),
				arguments("killed -roughly", List.of("russia-around-6000-soldiers-killed")),
				arguments("\"Pope Francis\"", List.of("publication-trump-zelensky-last-met-at-vatican")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void only(String q, List<String> expected) {
		assertThat(slugs(search(q, null, null, null))).as("results for %s", q).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void exclusionLeavesOutClaimsThatSayOrAreByTheWordButNotThoseUnderAHeadingWithIt() {
		SearchResult result = search("drones -Putin", null, null, null);
		assertThat(slugs(result)).contains("publication-drones-leading-role-for-both-sides", "zelensky-stressed-domestic-drone-industry")
			.noneMatch(slug -> slug.startsWith("putin-"));
		// A word left out is never marked as a match.
		Highlighted heading = result.items().get(0).heading();
		assertThat(heading.text()).isEqualTo("Putin calls for quick development of drone forces");
		assertThat(heading.segments()).filteredOn(Highlighted.Segment::match).extracting(Highlighted.Segment::text)
			.containsExactly("drone");
	}

	@Test
	void misspeltWordsFallBackToTheClosestKnownWord() {
		SearchResult result = search("Zelenksy", null, null, null);
		assertThat(result.correctedFrom()).isEqualTo("Zelenksy");
		assertThat(result.searched()).isEqualTo("Zelensky");
		assertThat(slugs(result).subList(0, 4)).containsExactlyInAnyOrderElementsOf(ZELENSKY);

		assertThat(search("casulaties", null, null, null).searched()).isEqualTo("casualties");
		assertThat(slugs(search("sanctons", null, null, null)))
			.containsExactly("zelensky-hopes-to-discuss-support-sanctions-reconstruction");
		assertThat(search("Putinn drones", null, null, null).searched()).isEqualTo("Putin drones");
	}

	@Test
	void wordsThatAreFoundAreNeverCorrected() {
		SearchResult result = search("drones", null, null, null);
		assertThat(result.correctedFrom()).isNull();
		assertThat(result.correction()).isNull();
	}

	@Test
	void filtersNarrowTheTextSearch() {
		assertThat(slugs(search("drones", null, "volodymyr-zelensky", null)))
			.containsExactly("zelensky-stressed-domestic-drone-industry");
		assertThat(slugs(search("Putin", "air-defence", null, null))).containsExactlyInAnyOrderElementsOf(AIR_DEFENCE);
		SearchResult figures = search("Russia", null, null, "figure");
		assertThat(figures.hits()).extracting(hit -> hit.claim().kind()).containsOnly("figure");
		assertThat(slugs(figures)).contains("russia-around-6000-soldiers-killed", ONE_MILLION.get(0), ONE_MILLION.get(1),
				KILLED_250000, "putin-air-defences-destroyed-more-than-80000-targets");
	}

	@Test
	void filtersAloneListTheirClaimsNewestFirst() {
		SearchResult topic = search(null, "air-defence", null, null);
		assertThat(topic.ranked()).isFalse();
		assertThat(slugs(topic)).containsExactlyInAnyOrderElementsOf(AIR_DEFENCE);
		SearchResult actor = search(null, null, "uk-ministry-of-defence", null);
		assertThat(slugs(actor)).containsExactly("uk-mod-devastating-human-cost-putin-inflicting",
				"uk-mod-more-than-one-million-russian-casualties", KILLED_250000);
	}

	@Test
	void equallyRelevantClaimsAreOrderedNewestFirst() {
		List<Hit> hits = search("Ministry of Defence", null, null, null).hits();
		assertThat(hits.get(0).claim().slug()).isEqualTo("uk-mod-devastating-human-cost-putin-inflicting");
		assertThat(hits.get(0).claim().saidOn()).isAfter(hits.get(1).claim().saidOn());
	}

	@Test
	void facetsCountTheMatchingClaimsPerTopicClaimantAndKind() {
		SearchResult result = search("drones", null, null, null);
		assertThat(result.total()).isEqualTo(result.hits().size());
		assertThat(facet(result, "topic")).extracting(FacetValue::key, FacetValue::count).contains(tuple("drones", 8L));
		// Every count is the number of matching claims with that value (all of them are on this one page).
		facet(result, "topic").forEach(value -> assertThat(result.hits()
			.stream()
			.filter(hit -> hit.claim().topics().stream().anyMatch(topic -> topic.slug().equals(value.key())))
			.count()).as("claims in %s", value.key()).isEqualTo(value.count()));
		facet(result, "kind").forEach(value -> assertThat(
				result.hits().stream().filter(hit -> hit.claim().kind().equals(value.key())).count())
			.as("claims of kind %s", value.key())
			.isEqualTo(value.count()));
		assertThat(facet(result, "actor").get(0).key()).isEqualTo("vladimir-putin");
		assertThat(facet(result, "kind").stream().mapToLong(FacetValue::count).sum()).isEqualTo(result.total());
		assertThat(facet(result, "actor").stream().mapToLong(FacetValue::count).sum()).isEqualTo(result.total());
		// Each facet links to the same search narrowed by it.
		FacetValue zelensky = facet(result, "actor").stream().filter(v -> v.key().equals("volodymyr-zelensky")).findFirst().orElseThrow();
		assertThat(zelensky.href()).isEqualTo("/search?q=drones&actor=volodymyr-zelensky");
		assertThat(slugs(search("drones", null, "volodymyr-zelensky", null))).hasSize((int) zelensky.count());
	}

	@Test
	void aSelectedFacetLinksToTheSearchWithoutIt() {
		SearchResult result = search("drones", "arms-development", null, null);
		FacetValue selected = facet(result, "topic").stream().filter(FacetValue::selected).findFirst().orElseThrow();
		assertThat(selected.key()).isEqualTo("arms-development");
		assertThat(selected.href()).isEqualTo("/search?q=drones");
	}

	@Test
	void aSearchRanksAndCountsOnlyTheNewestMatchesUpToItsCap() {
		SearchRepository.ParsedQuery drones = this.repository.parse(Numbers.in("drones"));
		SearchRepository.Found all = this.repository.find(drones, SearchRepository.Filters.NONE, 1000, 20, 0);
		assertThat(all.total()).isEqualTo(12);
		assertThat(all.exact()).isTrue();
		// More matches than the cap: the newest five are ranked and counted, and the total is a lower bound.
		SearchRepository.Found capped = this.repository.find(drones, SearchRepository.Filters.NONE, 5, 20, 0);
		assertThat(capped.exact()).isFalse();
		assertThat(capped.total()).isEqualTo(5);
		assertThat(ids(capped)).hasSize(5).isSubsetOf(ids(all));
		assertThat(actorCounts(capped)).isEqualTo(5);
		List<Integer> newestFive = this.repository.cards(ids(all), null)
			.stream()
			.map(SearchRepository.MarkedCard::card)
			.sorted(Comparator.comparing(Card::saidOn).reversed().thenComparing(Card::id))
			.limit(5)
			.map(Card::id)
			.toList();
		assertThat(ids(capped)).containsExactlyInAnyOrderElementsOf(newestFive);
		// Exactly as many matches as the cap: the total is exact.
		SearchRepository.Found twelve = this.repository.find(drones, SearchRepository.Filters.NONE, 12, 20, 0);
		assertThat(twelve.exact()).isTrue();
		assertThat(twelve.total()).isEqualTo(12);
	}

	private static List<Integer> ids(SearchRepository.Found found) {
		return found.page().stream().map(SearchRepository.Row::claimId).toList();
	}

	private static long actorCounts(SearchRepository.Found found) {
		return found.facets().stream().filter(count -> count.facet().equals("actor")).mapToLong(SearchRepository.FacetCount::count).sum();
	}

	@Test
	void itemsAreFoundByTheirHeading() {
		SearchResult result = search("drone forces", null, null, null);
		assertThat(result.items()).extracting(SearchResult.ItemHit::slug)
			.containsExactly("putin-calls-for-quick-development-of-drone-forces");
	}

	private SearchResult search(String q, String topic, String actor, String kind) {
		return this.search.search(new SearchRequest(q, topic, actor, kind, 1), List.of());
	}

	private static List<String> slugs(SearchResult result) {
		return result.hits().stream().map(hit -> hit.claim().slug()).toList();
	}

	private static List<FacetValue> facet(SearchResult result, String name) {
		return result.facets().stream().filter(f -> f.name().equals(name)).findFirst().map(Facet::values).orElse(List.of());
	}

}
