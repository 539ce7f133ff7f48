package org.warnews.editorial;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * Makes the database hold what the editorial files say, changing only what differs: ids, and so every permanent
 * address, stay as they are. Actors, topics, sources and items are matched by slug, claims by slug or a former
 * slug. A replaced source text is kept as a previous version. Nothing published is ever deleted: a source, item,
 * claim, actor or topic that is in the database but no longer in the files is a problem, and so the whole load
 * fails (the migration is one transaction).
 */
final class ContentSync implements EditorialCheck.Sink {

	private final Sql sql;

	private final List<Problem> problems;

	private final ClaimSync claims;

	private final Set<String> sources = new HashSet<>();

	private final Set<String> items = new HashSet<>();

	private int changedSources;

	private int relationsAdded;

	private int relationsRemoved;

	/** Statistics are brought up to date as the tables grow, so the plans of a long load stay good. */
	private int analyzeAt = 500;

	ContentSync(Connection connection, List<Problem> problems) {
		this.sql = new Sql(connection);
		this.problems = problems;
		this.claims = new ClaimSync(this.sql, problems);
		try {
			// A new claim's search row is built once its topics are in, by ClaimSync, rather than by the trigger of
			// each insert, once for the claim and again for its topics. With the statistics below, this took a load
			// of 10,000 new claims from 24 s to 9 s. Inside this transaction only: a failed load rolls it back with
			// the rest, and finish() turns the triggers on again.
			this.sql.update("ALTER TABLE claim DISABLE TRIGGER claim_search_claim_inserted");
			this.sql.update("ALTER TABLE claim_topic DISABLE TRIGGER claim_search_topic_added");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot prepare the database for loading", ex);
		}
	}

	@Override
	public void shared(List<Annotation.Actor> actors, List<Annotation.Topic> topics) {
		try {
			Map<String, Integer> actorIds = new HashMap<>();
			Map<String, Annotation.Actor> known = new HashMap<>();
			this.sql.query("SELECT id, slug, name, kind, description, aliases, search_terms FROM actor", row -> {
				actorIds.put(row.getString("slug"), row.getInt("id"));
				known.put(row.getString("slug"), new Annotation.Actor(row.getString("slug"), row.getString("name"),
						row.getString("kind"), row.getString("description"),
						List.of((String[]) row.getArray("aliases").getArray()),
						List.of((String[]) row.getArray("search_terms").getArray()), List.of(), null, 0));
				return null;
			});
			Map<Integer, Set<String>> reasons = new HashMap<>();
			this.sql.query("SELECT actor_id, reason FROM actor_change", row -> reasons
				.computeIfAbsent(row.getInt(1), id -> new HashSet<>())
				.add(row.getString(2)));
			for (Annotation.Actor actor : actors) {
				Annotation.Actor old = known.get(actor.slug());
				if (old == null) {
					actorIds.put(actor.slug(), this.sql.query("""
							INSERT INTO actor (slug, name, kind, description, aliases, search_terms)
							VALUES (?, ?, ?, ?, ?::text[], ?::text[]) RETURNING id""", row -> row.getInt(1), actor.slug(),
							actor.name(), actor.kind(), actor.description(), this.sql.texts(actor.aliases()),
							this.sql.texts(actor.searchTerms())).get(0));
				}
				else {
					actor(actorIds.get(actor.slug()), old, actor, reasons.getOrDefault(actorIds.get(actor.slug()), Set.of()));
				}
			}
			unlisted(known.keySet(), actors.stream().map(Annotation.Actor::slug).toList(), "actor", "actors.yaml");
			Map<String, Integer> topicIds = new HashMap<>();
			Map<String, Annotation.Topic> knownTopics = new HashMap<>();
			this.sql.query("SELECT id, slug, name, description FROM topic", row -> {
				topicIds.put(row.getString("slug"), row.getInt("id"));
				knownTopics.put(row.getString("slug"), new Annotation.Topic(row.getString("slug"), row.getString("name"),
						row.getString("description")));
				return null;
			});
			for (Annotation.Topic topic : topics) {
				if (!knownTopics.containsKey(topic.slug())) {
					topicIds.put(topic.slug(), this.sql.query(
							"INSERT INTO topic (slug, name, description) VALUES (?, ?, ?) RETURNING id", row -> row.getInt(1),
							topic.slug(), topic.name(), topic.description()).get(0));
				}
				else if (!knownTopics.get(topic.slug()).equals(topic)) {
					this.sql.update("UPDATE topic SET name = ?, description = ? WHERE slug = ?", topic.name(),
							topic.description(), topic.slug());
				}
			}
			unlisted(knownTopics.keySet(), topics.stream().map(Annotation.Topic::slug).toList(), "topic", "topics.yaml");
			this.claims.ids(actorIds, topicIds);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot load the actors and topics", ex);
		}
	}

	/**
	 * Updates a published actor where it differs. A change to what is published of it (name, kind, description,
	 * aliases) needs a new public reason among its corrections, and is recorded with it; search terms are not
	 * published, and change freely.
	 */
	private void actor(int id, Annotation.Actor old, Annotation.Actor actor, Set<String> given) throws SQLException {
		boolean published = !old.published().equals(actor.published());
		List<String> fresh = actor.corrections().stream().filter(reason -> !given.contains(reason)).toList();
		if (published && fresh.isEmpty()) {
			this.problems.add(new Problem(actor.file(), actor.line(), "actor '" + actor.slug()
					+ "' is published and its name, kind, description or aliases changed: add a line under corrections "
					+ "saying why, for readers."));
			return;
		}
		if (!published && !fresh.isEmpty()) {
			this.problems.add(new Problem(actor.file(), actor.line(), "actor '" + actor.slug() + "' has a new correction (“"
					+ fresh.get(fresh.size() - 1) + "”) but nothing published of it changed: make the change, or remove "
					+ "the line."));
			return;
		}
		if (published) {
			this.sql.update("INSERT INTO actor_change (actor_id, before, after, reason) VALUES (?, ?::jsonb, ?::jsonb, ?)",
					id, Sql.json(old.published()), Sql.json(actor.published()),
					fresh.get(fresh.size() - 1));
		}
		if (published || !old.searchTerms().equals(actor.searchTerms())) {
			this.sql.update("""
					UPDATE actor SET name = ?, kind = ?, description = ?, aliases = ?::text[], search_terms = ?::text[]
					 WHERE id = ?""", actor.name(), actor.kind(), actor.description(), this.sql.texts(actor.aliases()),
					this.sql.texts(actor.searchTerms()), id);
		}
	}

	private void unlisted(Set<String> published, List<String> listed, String what, String file) {
		for (String slug : published) {
			if (!listed.contains(slug)) {
				this.problems.add(new Problem(file, 1, what + " '" + slug + "' is published but no longer listed in " + file
						+ ": put it back; a published " + what + " keeps its page."));
			}
		}
	}

	@Override
	public void source(Content.Source source) {
		try {
			this.sources.add(source.slug());
			int sourceId = source(source, this.sql.query("""
					SELECT id, sha256, headline, standfirst, published_on, outlet, original_url, archived_url, retrieved_on
					  FROM source WHERE slug = ?""", row -> new Stored(row.getInt("id"), row.getString("sha256"),
					row.getString("headline"), row.getString("standfirst"), row.getObject("published_on", LocalDate.class),
					row.getString("outlet"), row.getString("original_url"), row.getString("archived_url"),
					row.getObject("retrieved_on", LocalDate.class)), source.slug()));
			Map<String, Integer> itemIds = items(sourceId, source);
			this.claims.sync(source, itemIds);
			if (this.claims.count() >= this.analyzeAt) {
				// A table that grows from nothing in one transaction has no statistics: its plans would scan it whole.
				this.sql.update("ANALYZE source, item, claim, claim_topic, figure, claim_search, search_word");
				this.analyzeAt *= 2;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot load source " + source.slug(), ex);
		}
	}

	/** A source row as stored, without its body (its SHA-256 tells whether the text changed). */
	private record Stored(int id, String sha256, String headline, String standfirst, LocalDate publishedOn, String outlet,
			String originalUrl, String archivedUrl, LocalDate retrievedOn) {
	}

	private int source(Content.Source source, List<Stored> stored) throws SQLException {
		if (stored.isEmpty()) {
			this.changedSources++;
			return this.sql.query("""
					INSERT INTO source (slug, headline, standfirst, published_on, body, sha256, outlet, original_url,
					                    archived_url, retrieved_on)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", row -> row.getInt(1), source.slug(),
					source.headline(), source.standfirst(), source.publishedOn(), source.body(), source.sha256(),
					source.outlet(), source.originalUrl(), source.archivedUrl(), source.retrievedOn()).get(0);
		}
		Stored old = stored.get(0);
		if (!old.sha256().equals(source.sha256())) {
			this.changedSources++;
			this.sql.update("INSERT INTO source_version (source_id, body, sha256) SELECT id, body, sha256 FROM source WHERE id = ?",
					old.id());
			this.sql.update("UPDATE source SET body = ?, sha256 = ? WHERE id = ?", source.body(), source.sha256(), old.id());
		}
		Stored now = new Stored(old.id(), source.sha256(), source.headline(), source.standfirst(), source.publishedOn(),
				source.outlet(), source.originalUrl(), source.archivedUrl(), source.retrievedOn());
		if (!now.equals(new Stored(old.id(), source.sha256(), old.headline(), old.standfirst(), old.publishedOn(),
				old.outlet(), old.originalUrl(), old.archivedUrl(), old.retrievedOn()))) {
			this.sql.update("""
					UPDATE source SET headline = ?, standfirst = ?, published_on = ?, outlet = ?, original_url = ?,
					                  archived_url = ?, retrieved_on = ?
					 WHERE id = ?""", source.headline(), source.standfirst(), source.publishedOn(), source.outlet(),
					source.originalUrl(), source.archivedUrl(), source.retrievedOn(), old.id());
		}
		return old.id();
	}

	private record ItemRow(int id, String slug, int sourceId, int position, String heading, int headingStart,
			int spanStart, int spanEnd) {
	}

	/** Inserts and updates the source's items; returns their ids by slug. */
	private Map<String, Integer> items(int sourceId, Content.Source source) throws SQLException {
		List<String> slugs = source.items().stream().map(Content.Item::slug).toList();
		Map<String, ItemRow> stored = new HashMap<>();
		for (ItemRow row : this.sql.query("""
				SELECT id, slug, source_id, position, heading, heading_start, span_start, span_end
				  FROM item WHERE source_id = ? OR slug = ANY (?::text[])""",
				row -> new ItemRow(row.getInt(1), row.getString(2), row.getInt(3), row.getInt(4), row.getString(5),
						row.getInt(6), row.getInt(7), row.getInt(8)), sourceId, this.sql.texts(slugs))) {
			stored.put(row.slug(), row);
		}
		boolean moved = source.items().stream()
			.anyMatch(item -> stored.containsKey(item.slug()) && stored.get(item.slug()).position() != item.position());
		if (moved) {
			// Positions are unique in a source: out of the way first, then each to its place.
			this.sql.update("UPDATE item SET position = position + 1000000 WHERE source_id = ?", sourceId);
		}
		Map<String, Integer> ids = new HashMap<>();
		List<Content.Item> fresh = new ArrayList<>();
		for (Content.Item item : source.items()) {
			this.items.add(item.slug());
			ItemRow old = stored.get(item.slug());
			if (old == null) {
				fresh.add(item);
				continue;
			}
			ids.put(item.slug(), old.id());
			ItemRow want = new ItemRow(old.id(), item.slug(), sourceId, item.position(), item.heading(),
					item.headingStart(), item.spanStart(), item.spanEnd());
			if (moved || !want.equals(old)) {
				this.sql.update("""
						UPDATE item SET source_id = ?, position = ?, heading = ?, heading_start = ?, span_start = ?,
						                span_end = ?
						 WHERE id = ?""", sourceId, item.position(), item.heading(), item.headingStart(), item.spanStart(),
						item.spanEnd(), old.id());
			}
		}
		if (!fresh.isEmpty()) {
			this.sql.query("""
					INSERT INTO item (source_id, position, slug, heading, heading_start, span_start, span_end)
					SELECT ?, * FROM unnest(?::int[], ?::text[], ?::text[], ?::int[], ?::int[], ?::int[])
					RETURNING id, slug""", row -> ids.put(row.getString(2), row.getInt(1)), sourceId,
					this.sql.column(fresh, Content.Item::position), this.sql.column(fresh, Content.Item::slug),
					this.sql.column(fresh, Content.Item::heading), this.sql.column(fresh, Content.Item::headingStart),
					this.sql.column(fresh, Content.Item::spanStart), this.sql.column(fresh, Content.Item::spanEnd));
		}
		return ids;
	}

	/**
	 * Makes the relations between claims what the files say: those no longer written are removed, new ones added.
	 * Both ends are named by current slugs, checked by {@link EditorialCheck}.
	 */
	@Override
	public void relations(List<Content.Relation> relations) {
		try {
			Object from = this.sql.column(relations, Content.Relation::from);
			Object type = this.sql.column(relations, relation -> relation.type().getCode());
			Object to = this.sql.column(relations, Content.Relation::to);
			this.relationsRemoved = this.sql.update("""
					DELETE FROM claim_relation r USING claim f, claim t
					 WHERE f.id = r.from_claim_id AND t.id = r.to_claim_id
					   AND (f.slug, r.type, t.slug) NOT IN (SELECT * FROM unnest(?::text[], ?::text[], ?::text[]))""",
					from, type, to);
			this.relationsAdded = this.sql.update("""
					INSERT INTO claim_relation (from_claim_id, type, to_claim_id)
					SELECT f.id, w.type, t.id FROM unnest(?::text[], ?::text[], ?::text[]) AS w(from_slug, type, to_slug)
					  JOIN claim f ON f.slug = w.from_slug JOIN claim t ON t.slug = w.to_slug
					ON CONFLICT (from_claim_id, type, to_claim_id) DO NOTHING""", from, type, to);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot load the relations between claims", ex);
		}
	}

	/**
	 * After every source: what is published but in no file is reported, since its address must keep answering.
	 * Returns a line for the log: what was loaded and what changed.
	 */
	String finish() {
		try {
			this.sql.update("ALTER TABLE claim ENABLE TRIGGER claim_search_claim_inserted");
			this.sql.update("ALTER TABLE claim_topic ENABLE TRIGGER claim_search_topic_added");
			for (List<String> row : this.sql.query("SELECT slug FROM source WHERE NOT (slug = ANY (?::text[]))",
					row -> List.of(row.getString(1)), this.sql.texts(this.sources))) {
				this.problems.add(new Problem("db/sources", 1, "source '" + row.get(0)
						+ "' is published but has no folder: put its folder back; a published source keeps its page."));
			}
			for (List<String> row : this.sql.query("""
					SELECT i.slug, s.slug FROM item i JOIN source s ON s.id = i.source_id
					 WHERE NOT (i.slug = ANY (?::text[]))""", row -> List.of(row.getString(1), row.getString(2)),
					this.sql.texts(this.items))) {
				this.problems.add(new Problem(row.get(1) + "/source.yaml", 1, "item '" + row.get(0)
						+ "' is published but no longer in this file: put it back; a published item keeps its page."));
			}
			this.claims.unlisted(this.problems);
			return String.format("%d sources, %d items, %d claims; %d sources added or with a new text, %s; "
					+ "%d relations added, %d removed", this.sources.size(), this.items.size(), this.claims.count(),
					this.changedSources, this.claims.summary(), this.relationsAdded, this.relationsRemoved);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot compare the editorial files with the database", ex);
		}
	}

}
