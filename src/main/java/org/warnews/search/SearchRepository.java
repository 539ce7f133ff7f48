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

	/** A parsed query: its tsquery text, and whether it has a word to look up (not only exclusions). */
	record ParsedQuery(String tsquery, boolean lookup) {

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

	ParsedQuery parse(Numbers numbers) {
		return this.jdbc.sql("SELECT q::text, querytree(q) FROM search_tsquery(:text, :forms) AS q")
			.param("text", numbers.text())
			.param("forms", numbers.forms().toArray(String[]::new))
			.query((rs, n) -> new ParsedQuery(rs.getString(1), !rs.getString(2).isEmpty() && !"T".equals(rs.getString(2))))
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

	/** One page of matching claims, most relevant first (then newest), with the matching words marked. */
	List<Row> page(ParsedQuery query, Filters filters, int limit, int offset) {
		Map<String, Object> params = new HashMap<>();
		params.put("limit", limit);
		params.put("offset", offset);
		String where = where(query, filters, params);
		String sql;
		if (query == null) {
			sql = "SELECT claim_id, summary, quote FROM claim_search %s ORDER BY said_on DESC, claim_id LIMIT :limit OFFSET :offset"
				.formatted(where);
		}
		else {
			params.put("options", Highlighted.OPTIONS);
			sql = """
					SELECT s.claim_id, ts_headline('warnews', s.summary, q, :options), ts_headline('warnews', s.quote, q, :options)
					  FROM (SELECT claim_id, said_on, summary, quote, ts_rank_cd(document, q, 32) AS rank
					          FROM claim_search, CAST(:query AS tsquery) AS q %s
					         ORDER BY rank DESC, said_on DESC, claim_id LIMIT :limit OFFSET :offset) s,
					       CAST(:query AS tsquery) AS q
					 ORDER BY s.rank DESC, s.said_on DESC, s.claim_id""".formatted(where);
		}
		return this.jdbc.sql(sql).params(params).query((rs, n) -> new Row(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
	}

	/** Items of sources whose heading matches, with the matching words marked. */
	List<ItemRow> items(ParsedQuery query, int limit) {
		return this.jdbc.sql("""
				SELECT i.slug, ts_headline('warnews', i.heading, q, :options), s.slug, s.headline
				  FROM item i JOIN source s ON s.id = i.source_id, CAST(:query AS tsquery) AS q
				 WHERE to_tsvector('warnews', i.heading) @@ q
				 ORDER BY ts_rank_cd(to_tsvector('warnews', i.heading), q, 32) DESC, s.published_on DESC, i.position
				 LIMIT :limit""")
			.param("query", query.tsquery())
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
		return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
	}

}
