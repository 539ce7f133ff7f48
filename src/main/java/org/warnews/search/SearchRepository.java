package org.warnews.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

	/** Only the claims that match these; null means any. */
	record Filters(Integer topicId, Integer actorId, String kind) {

		static final Filters NONE = new Filters(null, null, null);

		boolean any() {
			return this.topicId != null || this.actorId != null || this.kind != null;
		}

	}

	record FacetCount(String facet, String key, String label, long count) {
	}

	record Row(int claimId, String summary, String quote) {
	}

	record ItemRow(String slug, String heading, String sourceSlug, String sourceHeadline) {
	}

	/** A word as typed and the word suggested instead. */
	record Correction(String typed, String suggestion) {
	}

	/**
	 * Settings for the queries of one search (in its transaction): plans made for the actual query (how common its
	 * words are decides how to read), no JIT compilation and no parallel workers, which cost more than they save.
	 */
	void tune() {
		this.jdbc.sql("""
				SELECT set_config('plan_cache_mode', 'force_custom_plan', true), set_config('jit', 'off', true),
				       set_config('max_parallel_workers_per_gather', '0', true)""").query().listOfRows();
	}

	ParsedQuery parse(Numbers numbers) {
		return this.jdbc.sql("""
				SELECT q::text, search_tsquery(:text, :forms, true)::text,
				       search_tsquery(:text, :forms, false, 'A')::text, search_tsquery(:text, :forms, false, 'AB')::text,
				       search_tsquery(:text, :forms, false, 'ABC')::text, querytree(q)
				  FROM search_tsquery(:text, :forms) AS q""")
			.param("text", numbers.text())
			.param("forms", numbers.forms().toArray(String[]::new))
			.query((rs, n) -> new ParsedQuery(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), !rs.getString(6).isEmpty() && !"T".equals(rs.getString(6))))
			.single();
	}

	/** How many claims match, per kind, claimant and topic: the facets, and (summed over kinds) the total. */
	List<FacetCount> facets(ParsedQuery query, Filters filters) {
		Map<String, Object> params = new HashMap<>();
		String sql = """
				WITH hit AS MATERIALIZED (SELECT actor_id, kind, topic_ids FROM claim_search %s)
				SELECT 'kind', kind, kind, count(*) FROM hit GROUP BY kind
				UNION ALL
				SELECT 'actor', a.slug, a.name, f.n
				  FROM (SELECT actor_id, count(*) AS n FROM hit GROUP BY actor_id) f JOIN actor a ON a.id = f.actor_id
				UNION ALL
				SELECT 'topic', t.slug, t.name, f.n
				  FROM (SELECT topic_id, count(*) AS n FROM hit, unnest(hit.topic_ids) AS topic_id GROUP BY topic_id) f
				  JOIN topic t ON t.id = f.topic_id""".formatted(where(query, filters, params));
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new FacetCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	/**
	 * The claims of one relevance tier, most relevant first. Relevance is first where the words are found: tier 3,
	 * the claims whose summary or claimant has them all (weight A); tier 2, with the claimant's other names and the
	 * topics (B); tier 1, with the quote (C); tier 0, only with the heading or context (D). Within a tier, claims are
	 * ranked by ts_rank_cd among its newest {@code candidates}, then by date: a common word is not ranked in each of
	 * its thousands of claims, and the order does not depend on the page asked for.
	 */
	List<Integer> tier(ParsedQuery query, Filters filters, int tier, int candidates, int limit) {
		Map<String, Object> params = new HashMap<>();
		String filter = filters(filters, params);
		params.put("query", query.tsquery());
		params.put("in", switch (tier) {
			case 3 -> query.inA();
			case 2 -> query.inAB();
			case 1 -> query.inABC();
			default -> query.tsquery();
		});
		params.put("outside", switch (tier) {
			case 2 -> query.inA();
			case 1 -> query.inAB();
			case 0 -> query.inABC();
			default -> null;
		});
		params.put("candidates", candidates);
		params.put("limit", limit);
		String sql = """
				SELECT n.claim_id
				  FROM (SELECT claim_id, said_on, document FROM claim_search
				         WHERE document @@ CAST(:in AS tsquery)%s%s
				         ORDER BY said_on DESC, claim_id LIMIT :candidates) n, CAST(:query AS tsquery) AS q
				 ORDER BY ts_rank_cd(n.document, q, 32) DESC, n.said_on DESC, n.claim_id
				 LIMIT :limit""".formatted((tier == 3) ? "" : " AND NOT document @@ CAST(:outside AS tsquery)",
				filter.isEmpty() ? "" : " AND " + filter);
		return this.jdbc.sql(sql).params(params).query(Integer.class).list();
	}

	/** Claims that match the filters alone, newest first. */
	List<Integer> newest(Filters filters, int limit, int offset) {
		Map<String, Object> params = new HashMap<>();
		String filter = filters(filters, params);
		params.put("limit", limit);
		params.put("offset", offset);
		return this.jdbc.sql("SELECT claim_id FROM claim_search %s ORDER BY said_on DESC, claim_id LIMIT :limit OFFSET :offset"
			.formatted(filter.isEmpty() ? "" : "WHERE " + filter))
			.params(params)
			.query(Integer.class)
			.list();
	}

	/** The summary and quote of these claims, with the words searched for marked when there is a query. */
	List<Row> texts(List<Integer> claimIds, ParsedQuery query) {
		if (claimIds.isEmpty()) {
			return List.of();
		}
		if (query == null) {
			return this.jdbc.sql("SELECT id, summary, quote FROM claim WHERE id = ANY (CAST(:ids AS integer[]))")
				.param("ids", claimIds.toArray(Integer[]::new))
				.query((rs, n) -> new Row(rs.getInt(1), rs.getString(2), rs.getString(3)))
				.list();
		}
		return this.jdbc.sql("""
				SELECT c.id, ts_headline('warnews', c.summary, h, :options), ts_headline('warnews', c.quote, h, :options)
				  FROM claim c, CAST(:highlight AS tsquery) AS h
				 WHERE c.id = ANY (CAST(:ids AS integer[]))""")
			.param("ids", claimIds.toArray(Integer[]::new))
			.param("highlight", query.highlight())
			.param("options", Highlighted.OPTIONS)
			.query((rs, n) -> new Row(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** Items of sources whose heading matches, with the matching words marked. */
	List<ItemRow> items(ParsedQuery query, int limit) {
		return this.jdbc.sql("""
				SELECT i.slug, ts_headline('warnews', i.heading, CAST(:highlight AS tsquery), :options), s.slug, s.headline
				  FROM item i JOIN source s ON s.id = i.source_id, CAST(:query AS tsquery) AS q
				 WHERE to_tsvector('warnews', i.heading) @@ q
				 ORDER BY ts_rank_cd(to_tsvector('warnews', i.heading), q, 32) DESC, s.published_on DESC, i.position
				 LIMIT :limit""")
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
		return String.join(" AND ", conditions);
	}

}
