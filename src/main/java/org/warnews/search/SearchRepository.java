package org.warnews.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.warnews.model.ActorKind;
import org.warnews.model.DatePrecision;
import org.warnews.model.DateRange;
import org.warnews.search.SearchResult.Card;
import org.warnews.search.SearchResult.Claimant;
import org.warnews.search.SearchResult.TopicLink;

/**
 * The search queries, in SQL: the document, index, variants and ranking live in the database (V10, V11).
 */
@Repository
class SearchRepository {

	private final JdbcClient jdbc;

	SearchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A parsed query: its tsquery text; the same without the words left out (for marking matches); the same with
	 * the words required in what a claim says or who says it (weight A), in that or its other names and topics
	 * (A, B), or in any of that or its quote (A, B, C); and whether it has a word to look up (not only exclusions).
	 */
	record ParsedQuery(String tsquery, String highlight, String inA, String inAB, String inABC, boolean lookup) {

		boolean isEmpty() {
			return this.tsquery.isEmpty();
		}

	}

	/** Only the claims that match these; null (or {@link DateRange#ANY}) means any. */
	record Filters(Integer topicId, Integer actorId, String kind, DateRange dates) {

		static final Filters NONE = new Filters(null, null, null, DateRange.ANY);

		boolean any() {
			return this.topicId != null || this.actorId != null || this.kind != null || this.dates.any();
		}

	}

	record FacetCount(String facet, String key, String label, long count) {
	}

	/** A claim of a result page and its place on it. */
	record Row(int claimId, long position) {
	}

	/** A claim's card, with its summary and quote marked up by ts_headline when searched. */
	record MarkedCard(Card card, String summary, String quote) {
	}

	record ItemRow(String slug, String heading, String sourceSlug, String sourceHeadline) {
	}

	/** A word as typed and the word suggested instead. */
	record Correction(String typed, String suggestion) {
	}

	ParsedQuery parse(Numbers numbers) {
		return this.jdbc.sql("SELECT q, querytree(CAST(q[1] AS tsquery)) FROM search_queries(:text, :forms) AS q")
			.param("text", numbers.text())
			.param("forms", numbers.forms().toArray(String[]::new))
			.query((rs, n) -> {
				String[] q = (String[]) rs.getArray(1).getArray();
				String tree = rs.getString(2);
				return new ParsedQuery(q[0], q[1], q[2], q[3], q[4], !tree.isEmpty() && !"T".equals(tree));
			})
			.single();
	}

	/**
	 * What one search found, in one statement: the claims of the page asked for, how many claims match, and how many
	 * match per kind, claimant and topic. The work is bounded so that a common word costs about what a rare one
	 * does: the search takes the newest {@code cap} matching claims (one more, to know whether there are more), then
	 * ranks and counts only those. How to find them is the planner's choice, made for the actual words (the
	 * connection asks for custom plans): through the word index and a sort when the words are rare, or reading the
	 * claims newest first until enough match when they are common.
	 * <p>
	 * Relevance is first where the words are found: tier 3, the claims whose summary or claimant has them all
	 * (weight A); tier 2, with the claimant's other names and the topics (B); tier 1, with the quote (C); tier 0, only
	 * the heading or context (D); then ts_rank, then date.
	 */
	Found find(ParsedQuery query, Filters filters, int cap, int limit, int offset) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, filters, params);
		params.put("newest", cap + 1);
		params.put("cap", cap);
		params.put("limit", limit);
		params.put("offset", offset);
		String ranked;
		String order;
		if (query == null) {
			ranked = "SELECT claim_id, said_on, 0 AS tier, 0 AS rank FROM counted";
			order = "said_on DESC, claim_id";
		}
		else {
			params.put("a", query.inA());
			params.put("ab", query.inAB());
			params.put("abc", query.inABC());
			ranked = """
					SELECT claim_id, said_on,
					       CASE WHEN document @@ CAST(:a AS tsquery) THEN 3 WHEN document @@ CAST(:ab AS tsquery) THEN 2
					            WHEN document @@ CAST(:abc AS tsquery) THEN 1 ELSE 0 END AS tier,
					       ts_rank(document, CAST(:query AS tsquery), 32) AS rank
					  FROM counted""";
			order = "tier DESC, rank DESC, said_on DESC, claim_id";
		}
		List<Row> page = new ArrayList<>();
		List<FacetCount> facets = new ArrayList<>();
		long[] matches = { 0 };
		this.jdbc.sql("""
				WITH newest AS MATERIALIZED (
				  SELECT claim_id, actor_id, kind, topic_ids, said_on, document FROM claim_search %s
				   ORDER BY said_on DESC, claim_id LIMIT :newest),
				counted AS MATERIALIZED (SELECT * FROM newest ORDER BY said_on DESC, claim_id LIMIT :cap),
				ranked AS (%s),
				page AS (SELECT claim_id, row_number() OVER (ORDER BY %s) AS n FROM ranked ORDER BY n LIMIT :limit OFFSET :offset)
				SELECT 'page', p.claim_id::text, NULL, NULL, p.n FROM page p
				UNION ALL
				SELECT 'matches', NULL, NULL, NULL, count(*) FROM newest
				UNION ALL
				SELECT 'kind', kind, kind, NULL, count(*) FROM counted GROUP BY kind
				UNION ALL
				SELECT 'actor', a.slug, a.name, NULL, f.n
				  FROM (SELECT actor_id, count(*) AS n FROM counted GROUP BY actor_id) f JOIN actor a ON a.id = f.actor_id
				UNION ALL
				SELECT 'topic', t.slug, t.name, NULL, f.n
				  FROM (SELECT topic_id, count(*) AS n FROM counted, unnest(counted.topic_ids) AS topic_id GROUP BY topic_id) f
				  JOIN topic t ON t.id = f.topic_id""".formatted(where, ranked, order)).params(params).query(rs -> {
			if (rs.getString(1).equals("matches")) {
				matches[0] = rs.getLong(5);
			}
			else if (rs.getString(1).equals("page")) {
				page.add(new Row(Integer.parseInt(rs.getString(2)), rs.getLong(5)));
			}
			else {
				facets.add(new FacetCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(5)));
			}
		});
		page.sort(Comparator.comparingLong(Row::position));
		return (matches[0] > cap) ? new Found(page, facets, cap, false) : new Found(page, facets, matches[0], true);
	}

	/**
	 * @param page the claims of the page, in order
	 * @param facets counts per kind, claimant and topic among the newest matching claims (at most the cap)
	 * @param total how many claims match; when not {@code exact}, only that more than this many do
	 * @param exact whether {@code total} is exact
	 */
	record Found(List<Row> page, List<FacetCount> facets, long total, boolean exact) {
	}

	/**
	 * The cards of a result page, in no particular order: each claim with its claimant and its topics by name, and
	 * with the words searched for marked in its summary and quote (when {@code query} is not null), read in one
	 * statement. (Loaded as entities, the page's twenty claims took more of the server's time than the search.)
	 */
	List<MarkedCard> cards(List<Integer> ids, ParsedQuery query) {
		String marked = (query != null) ? "ts_headline('warnews', c.%1$s, CAST(:highlight AS tsquery), :options)" : "c.%1$s";
		return this.jdbc.sql("""
				SELECT c.id, c.slug, c.kind, c.summary, c.quote, c.said_on, c.said_on_precision, a.slug, a.name, a.kind,
				       t.slugs, t.names, %s, %s
				  FROM claim c JOIN actor a ON a.id = c.actor_id,
				       LATERAL (SELECT array_agg(t.slug ORDER BY t.name) AS slugs, array_agg(t.name ORDER BY t.name) AS names
				                  FROM claim_topic ct JOIN topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id) t
				 WHERE c.id = ANY(:ids)""".formatted(marked.formatted("summary"), marked.formatted("quote")))
			.param("ids", ids.toArray(Integer[]::new))
			.param("highlight", (query != null) ? query.highlight() : "")
			.param("options", Highlighted.OPTIONS)
			.query((rs, n) -> new MarkedCard(new Card(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, LocalDate.class), DatePrecision.of(rs.getString(7)),
					new Claimant(rs.getString(8), rs.getString(9), ActorKind.of(rs.getString(10))), topics(rs)),
					rs.getString(13), rs.getString(14)))
			.list();
	}

	/** The topics of a card's row: two arrays in the same order, or null when the claim has none. */
	private static List<TopicLink> topics(ResultSet rs) throws SQLException {
		Array slugs = rs.getArray(11);
		if (slugs == null) {
			return List.of();
		}
		String[] slug = (String[]) slugs.getArray();
		String[] name = (String[]) rs.getArray(12).getArray();
		return IntStream.range(0, slug.length).mapToObj(i -> new TopicLink(slug[i], name[i])).toList();
	}

	/** Items of sources whose heading matches, the latest loaded first, with the matching words marked. */
	List<ItemRow> items(ParsedQuery query, int limit) {
		return this.jdbc.sql("""
				SELECT i.slug, ts_headline('warnews', i.heading, CAST(:highlight AS tsquery), :options), s.slug, s.headline
				  FROM (SELECT id, slug, heading, source_id, position FROM item
				         WHERE heading_search @@ CAST(:query AS tsquery) ORDER BY id DESC LIMIT :limit) i
				  JOIN source s ON s.id = i.source_id
				 ORDER BY s.published_on DESC, i.position""")
			.param("query", query.tsquery())
			.param("highlight", query.highlight())
			.param("options", Highlighted.OPTIONS)
			.param("limit", limit)
			.query((rs, n) -> new ItemRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/**
	 * For each typed word that no claim, name or variant contains, the most similar word that one does (trigram
	 * similarity), if any is similar enough.
	 */
	List<Correction> corrections(List<String> words) {
		if (words.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT raw.word, best.word
				  FROM unnest(CAST(:words AS text[])) AS raw(word), LATERAL (SELECT search_fold(raw.word) AS word) typed,
				       LATERAL (SELECT v.word FROM search_word v ORDER BY v.word <-> typed.word LIMIT 1) best
				 WHERE NOT EXISTS (SELECT 1 FROM search_word k WHERE k.word = typed.word)
				   AND NOT EXISTS (SELECT 1 FROM search_variant v WHERE search_fold(v.term) = typed.word)
				   AND similarity(best.word, typed.word) >= 0.3""")
			.param("words", words.toArray(String[]::new))
			.query((rs, n) -> new Correction(rs.getString(1), rs.getString(2)))
			.list();
	}

	private static String where(ParsedQuery query, Filters filters, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (query != null) {
			conditions.add("document @@ CAST(:query AS tsquery)");
			params.put("query", query.tsquery());
		}
		String filter = filters(filters, params);
		if (!filter.isEmpty()) {
			conditions.add(filter);
		}
		return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
	}

	private static String filters(Filters filters, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (filters.topicId() != null) {
			conditions.add("topic_ids @> ARRAY[CAST(:topicId AS integer)]");
			params.put("topicId", filters.topicId());
		}
		if (filters.actorId() != null) {
			conditions.add("actor_id = :actorId");
			params.put("actorId", filters.actorId());
		}
		if (filters.kind() != null) {
			conditions.add("kind = :kind");
			params.put("kind", filters.kind());
		}
		if (filters.dates().any()) {
			conditions.add(dates(filters.dates(), params));
		}
		return String.join(" AND ", conditions);
	}

	/**
	 * The date-range filter, whatever else the search does: the claim's possible days (claim.said_from and said_to,
	 * V36) overlap the range, as {@link DateRange#RULE} says.
	 */
	private static String dates(DateRange dates, Map<String, Object> params) {
		List<String> overlap = new ArrayList<>();
		if (dates.from() != null) {
			overlap.add("d.said_to >= :fromDay");
			params.put("fromDay", dates.from());
		}
		if (dates.to() != null) {
			overlap.add("(d.said_from IS NULL OR d.said_from <= :toDay)");
			params.put("toDay", dates.to());
		}
		return "EXISTS (SELECT 1 FROM claim d WHERE d.id = claim_search.claim_id AND " + String.join(" AND ", overlap) + ")";
	}

}
