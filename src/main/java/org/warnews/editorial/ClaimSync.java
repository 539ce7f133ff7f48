package org.warnews.editorial;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;


/**
 * Writes the claims of one source at a time. A claim is matched by its slug, or by a former slug when it was renamed
 * (the old address then answers 301). A new claim is inserted with the source's other new claims in one statement;
 * a published claim is updated only where it differs, and each part that changed (summary, date, quote, claimant,
 * topics, figures, ...) is recorded in {@code claim_change} with what it was and what it became.
 */
final class ClaimSync {

	/** A claim as a reader sees it: the parts whose changes are recorded (offsets follow the quote and its text). */
	record State(String slug, String item, String claimant, String kind, String summary, String quote, boolean direct,
			Content.Said said, String via, List<String> topics, List<Content.Figure> figures) {

		/** Each part under the name {@code claim_change.field} gives it. */
		Map<String, Object> parts() {
			Map<String, Object> parts = new LinkedHashMap<>();
			parts.put("slug", this.slug);
			parts.put("item", this.item);
			parts.put("claimant", this.claimant);
			parts.put("kind", this.kind);
			parts.put("summary", this.summary);
			parts.put("quote", this.quote);
			parts.put("direct", this.direct);
			parts.put("said", this.said);
			parts.put("via", this.via);
			parts.put("topics", this.topics);
			parts.put("figures", this.figures);
			return parts;
		}

		/**
		 * This stored state with the readings of {@code now}'s figures where it has none yet: recording how a figure
		 * is read (V35) for the first time adds to it and is not a correction; changing a recorded one is.
		 */
		State withFirstReadings(State now) {
			if (this.figures.stream().allMatch(figure -> figure.reading() != null)) {
				return this;
			}
			List<Content.Figure> read = new ArrayList<>();
			for (int i = 0; i < this.figures.size(); i++) {
				Content.Figure figure = this.figures.get(i);
				read.add((figure.reading() == null && i < now.figures.size()) ? new Content.Figure(figure.metric(),
						figure.label(), figure.value(), figure.qualifier(), figure.unit(), figure.counted(),
						figure.periodStart(), figure.periodPhrase(), figure.inference(), now.figures.get(i).reading())
						: figure);
			}
			return new State(this.slug, this.item, this.claimant, this.kind, this.summary, this.quote, this.direct,
					this.said, this.via, this.topics, read);
		}

	}

	/** A published claim, with the reasons already given for its changes. */
	private record Stored(int id, State state, int quoteStart, int quoteEnd, List<Integer> figureIds,
			Set<String> reasons) {
	}

	private final Sql sql;

	private final List<Problem> problems;

	private Map<String, Integer> actorIds;

	private Map<String, Integer> topicIds;

	private final Set<String> listed = new HashSet<>();

	/** Claims of the current source whose search rows are built once all their parts are in (see ContentSync). */
	private final List<Integer> unindexed = new ArrayList<>();

	private int added;

	private int changed;

	private int changes;

	ClaimSync(Sql sql, List<Problem> problems) {
		this.sql = sql;
		this.problems = problems;
	}

	void ids(Map<String, Integer> actorIds, Map<String, Integer> topicIds) {
		this.actorIds = actorIds;
		this.topicIds = topicIds;
	}

	void sync(Content.Source source, Map<String, Integer> itemIds) throws SQLException {
		Map<Content.Claim, String> itemOf = new LinkedHashMap<>();
		List<String> slugs = new ArrayList<>();
		for (Content.Item item : source.items()) {
			for (Content.Claim claim : item.claims()) {
				itemOf.put(claim, item.slug());
				slugs.add(claim.slug());
				slugs.addAll(claim.formerly());
			}
		}
		Map<String, Stored> stored = stored(slugs);
		List<Content.Claim> fresh = new ArrayList<>();
		for (Map.Entry<Content.Claim, String> entry : itemOf.entrySet()) {
			Content.Claim claim = entry.getKey();
			this.listed.add(claim.slug());
			Stored old = stored.get(claim.slug());
			for (int i = 0; old == null && i < claim.formerly().size(); i++) {
				old = stored.get(claim.formerly().get(i));
			}
			if (old == null) {
				fresh.add(claim);
			}
			else {
				update(old, claim, entry.getValue(), itemIds, source.file());
			}
		}
		insert(fresh, itemOf, itemIds);
		if (!this.unindexed.isEmpty()) {
			this.sql.query("SELECT claim_search_refresh(?::int[])", row -> null, this.sql.texts(this.unindexed));
			this.unindexed.clear();
		}
	}

	private Map<String, Stored> stored(List<String> slugs) throws SQLException {
		Map<Integer, List<String>> topics = new HashMap<>();
		Map<Integer, List<Content.Figure>> figures = new HashMap<>();
		Map<Integer, List<Integer>> figureIds = new HashMap<>();
		Map<Integer, Set<String>> reasons = new HashMap<>();
		List<Object[]> rows = this.sql.query("""
				SELECT c.id, c.slug, i.slug, a.slug, c.kind, c.summary, c.quote, c.direct_quote, c.said_on,
				       c.said_on_precision, c.said_on_phrase, c.said_on_inference, c.via, c.quote_start, c.quote_end
				  FROM claim c JOIN item i ON i.id = c.item_id JOIN actor a ON a.id = c.actor_id
				 WHERE c.slug = ANY (?::text[])""", row -> new Object[] { row.getInt(1), row.getString(2),
				row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7),
				row.getBoolean(8), new Content.Said(row.getObject(9, LocalDate.class), row.getString(10),
						row.getString(11), row.getString(12)), row.getString(13), row.getInt(14), row.getInt(15) },
				this.sql.texts(slugs));
		if (rows.isEmpty()) {
			return Map.of();
		}
		Object ids = this.sql.texts(rows.stream().map(row -> row[0]).toList());
		this.sql.query("""
				SELECT ct.claim_id, t.slug FROM claim_topic ct JOIN topic t ON t.id = ct.topic_id
				 WHERE ct.claim_id = ANY (?::int[]) ORDER BY t.slug""", row -> topics
			.computeIfAbsent(row.getInt(1), id -> new ArrayList<>())
			.add(row.getString(2)), ids);
		this.sql.query("""
				SELECT claim_id, id, metric, metric_label, value, qualifier, unit, counted, period_start, period_phrase,
				       inference, kind, low, best, high, approximate, period_end, cumulative, excludes
				  FROM figure WHERE claim_id = ANY (?::int[]) ORDER BY claim_id, id""", row -> {
			figureIds.computeIfAbsent(row.getInt(1), id -> new ArrayList<>()).add(row.getInt(2));
			return figures.computeIfAbsent(row.getInt(1), id -> new ArrayList<>()).add(figure(row));
		}, ids);
		this.sql.query("SELECT claim_id, reason FROM claim_change WHERE claim_id = ANY (?::int[])",
				row -> reasons.computeIfAbsent(row.getInt(1), id -> new HashSet<>()).add(row.getString(2)), ids);
		Map<String, Stored> stored = new HashMap<>();
		for (Object[] row : rows) {
			int id = (Integer) row[0];
			State state = new State((String) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5],
					(String) row[6], (Boolean) row[7], (Content.Said) row[8], (String) row[9],
					topics.getOrDefault(id, List.of()), figures.getOrDefault(id, List.of()));
			stored.put(state.slug(), new Stored(id, state, (Integer) row[10], (Integer) row[11],
					figureIds.getOrDefault(id, List.of()), reasons.getOrDefault(id, Set.of())));
		}
		return stored;
	}

	private static Content.Figure figure(ResultSet row) throws SQLException {
		String kind = row.getString("kind");
		Content.Reading reading = (kind == null) ? null : new Content.Reading(kind, row.getBigDecimal("low"),
				row.getBigDecimal("best"), row.getBigDecimal("high"), row.getBoolean("approximate"),
				row.getObject("period_end", LocalDate.class), (Boolean) row.getObject("cumulative"),
				row.getString("excludes"));
		return normal(new Content.Figure(row.getString("metric"), row.getString("metric_label"),
				row.getBigDecimal("value"), row.getString("qualifier"), row.getString("unit"), row.getString("counted"),
				row.getObject("period_start", LocalDate.class), row.getString("period_phrase"),
				row.getString("inference"), reading));
	}

	/** 250000 and 250000.0 are the same figure. */
	private static Content.Figure normal(Content.Figure figure) {
		Content.Reading reading = figure.reading();
		Content.Reading normalReading = (reading == null) ? null : new Content.Reading(reading.kind(),
				normal(reading.low()), normal(reading.best()), normal(reading.high()), reading.approximate(),
				reading.periodEnd(), reading.cumulative(), reading.excludes());
		return new Content.Figure(figure.metric(), figure.label(), normal(figure.value()), figure.qualifier(),
				figure.unit(), figure.counted(), figure.periodStart(), figure.periodPhrase(), figure.inference(),
				normalReading);
	}

	private static BigDecimal normal(BigDecimal number) {
		if (number == null) {
			return null;
		}
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static State state(Content.Claim claim, String item) {
		return new State(claim.slug(), item, claim.claimant(), claim.kind(), claim.summary(), claim.quote(),
				claim.direct(), claim.said(), claim.via(), claim.topics(),
				claim.figures().stream().map(ClaimSync::normal).toList());
	}

	private void update(Stored old, Content.Claim claim, String item, Map<String, Integer> itemIds, String file)
			throws SQLException {
		State now = state(claim, item);
		State published = old.state().withFirstReadings(now);
		Map<String, Object> before = published.parts();
		Map<String, Object> after = now.parts();
		List<String> changedParts = before.keySet().stream()
			.filter(part -> !Objects.equals(before.get(part), after.get(part)))
			.toList();
		List<String> newReasons = claim.corrections().stream().filter(reason -> !old.reasons().contains(reason)).toList();
		if (!changedParts.isEmpty() && newReasons.isEmpty()) {
			this.problems.add(new Problem(file, claim.line(), "claim '" + claim.slug() + "' is published and its "
					+ String.join(", ", changedParts) + " changed: add a line under corrections saying why, for readers."));
			return;
		}
		if (changedParts.isEmpty() && !newReasons.isEmpty()) {
			this.problems.add(new Problem(file, claim.line(), "claim '" + claim.slug() + "' has a new correction (“"
					+ newReasons.get(newReasons.size() - 1) + "”) but nothing of it changed: make the change, or remove the line."));
			return;
		}
		if (!changedParts.isEmpty()) {
			// The claim as it read until now stays readable as a version of its own.
			this.sql.update("""
					INSERT INTO claim_version (claim_id, number, state)
					SELECT ?, coalesce(max(number), 0) + 1, ?::jsonb FROM claim_version WHERE claim_id = ?""", old.id(),
					Sql.json(published), old.id());
		}
		for (String part : changedParts) {
			this.sql.update("""
					INSERT INTO claim_change (claim_id, field, before, after, reason)
					VALUES (?, ?, ?::jsonb, ?::jsonb, ?)""", old.id(), part, Sql.json(before.get(part)),
					Sql.json(after.get(part)), newReasons.get(newReasons.size() - 1));
			this.changes++;
		}
		boolean rowChanged = !old.state().equals(now) || old.quoteStart() != claim.quoteStart()
				|| old.quoteEnd() != claim.quoteEnd();
		if (!published.equals(now)) {
			this.changed++;
		}
		if (rowChanged) {
			Content.Said said = claim.said();
			this.sql.update("""
					UPDATE claim SET slug = ?, item_id = ?, actor_id = ?, kind = ?, summary = ?, quote = ?, quote_start = ?,
					                 quote_end = ?, direct_quote = ?, said_on = ?, said_on_precision = ?, said_on_phrase = ?,
					                 said_on_inference = ?, via = ?
					 WHERE id = ?""", claim.slug(), itemIds.get(item), this.actorIds.get(claim.claimant()), claim.kind(),
					claim.summary(), claim.quote(), claim.quoteStart(), claim.quoteEnd(), claim.direct(), said.date(),
					said.precision(), said.phrase(), said.inference(), claim.via(), old.id());
		}
		if (!old.state().slug().equals(claim.slug())) {
			this.sql.update("DELETE FROM slug_redirect WHERE old_slug = ?", claim.slug());
		}
		redirect(old.id(), claim.formerly());
		if (!old.state().topics().equals(now.topics())) {
			Object topicIds = this.sql.texts(claim.topics().stream().map(this.topicIds::get).toList());
			this.sql.update("DELETE FROM claim_topic WHERE claim_id = ? AND NOT (topic_id = ANY (?::int[]))", old.id(),
					topicIds);
			this.sql.update("""
					INSERT INTO claim_topic (claim_id, topic_id) SELECT ?, unnest(?::int[]) ON CONFLICT DO NOTHING""",
					old.id(), topicIds);
			this.unindexed.add(old.id());
		}
		if (!old.state().figures().equals(now.figures())) {
			figures(old, now.figures());
		}
	}

	/** Figures keep their ids where they can: the n-th figure is updated in place, extra ones added or removed. */
	private void figures(Stored old, List<Content.Figure> figures) throws SQLException {
		for (int i = 0; i < Math.max(figures.size(), old.figureIds().size()); i++) {
			if (i >= figures.size()) {
				this.sql.update("DELETE FROM figure WHERE id = ?", old.figureIds().get(i));
			}
			else if (i >= old.figureIds().size()) {
				Content.Figure f = figures.get(i);
				Content.Reading r = f.reading();
				this.sql.update("""
						INSERT INTO figure (claim_id, metric, metric_label, value, qualifier, unit, counted, period_start,
						                    period_phrase, inference, kind, low, best, high, approximate, period_end,
						                    cumulative, excludes)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", old.id(), f.metric(), f.label(),
						f.value(), f.qualifier(), f.unit(), f.counted(), f.periodStart(), f.periodPhrase(), f.inference(),
						r.kind(), r.low(), r.best(), r.high(), r.approximate(), r.periodEnd(), r.cumulative(), r.excludes());
			}
			else if (!figures.get(i).equals(old.state().figures().get(i))) {
				Content.Figure f = figures.get(i);
				Content.Reading r = f.reading();
				this.sql.update("""
						UPDATE figure SET metric = ?, metric_label = ?, value = ?, qualifier = ?, unit = ?, counted = ?,
						                  period_start = ?, period_phrase = ?, inference = ?, kind = ?, low = ?, best = ?,
						                  high = ?, approximate = ?, period_end = ?, cumulative = ?, excludes = ?
						 WHERE id = ?""", f.metric(), f.label(), f.value(), f.qualifier(), f.unit(), f.counted(),
						f.periodStart(), f.periodPhrase(), f.inference(), r.kind(), r.low(), r.best(), r.high(),
						r.approximate(), r.periodEnd(), r.cumulative(), r.excludes(), old.figureIds().get(i));
			}
		}
	}

	private void redirect(int claimId, List<String> formerly) throws SQLException {
		for (String former : formerly) {
			this.sql.update("""
					INSERT INTO slug_redirect (old_slug, claim_id) VALUES (?, ?)
					ON CONFLICT (old_slug) DO UPDATE SET claim_id = EXCLUDED.claim_id""", former, claimId);
		}
	}

	/** The source's new claims, their topics and figures: one statement each, so search indexes them in one pass. */
	private void insert(List<Content.Claim> fresh, Map<Content.Claim, String> itemOf, Map<String, Integer> itemIds)
			throws SQLException {
		if (fresh.isEmpty()) {
			return;
		}
		Map<String, Integer> ids = new HashMap<>();
		this.sql.query("""
				INSERT INTO claim (slug, item_id, actor_id, kind, summary, quote, quote_start, quote_end, direct_quote,
				                   said_on, said_on_precision, said_on_phrase, said_on_inference, via)
				SELECT * FROM unnest(?::text[], ?::int[], ?::int[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[],
				                     ?::boolean[], ?::date[], ?::text[], ?::text[], ?::text[], ?::text[])
				RETURNING id, slug""", row -> ids.put(row.getString(2), row.getInt(1)),
				this.sql.column(fresh, Content.Claim::slug), this.sql.column(fresh, claim -> itemIds.get(itemOf.get(claim))),
				this.sql.column(fresh, claim -> this.actorIds.get(claim.claimant())), this.sql.column(fresh, Content.Claim::kind),
				this.sql.column(fresh, Content.Claim::summary), this.sql.column(fresh, Content.Claim::quote),
				this.sql.column(fresh, Content.Claim::quoteStart), this.sql.column(fresh, Content.Claim::quoteEnd),
				this.sql.column(fresh, Content.Claim::direct), this.sql.column(fresh, claim -> claim.said().date()),
				this.sql.column(fresh, claim -> claim.said().precision()), this.sql.column(fresh, claim -> claim.said().phrase()),
				this.sql.column(fresh, claim -> claim.said().inference()), this.sql.column(fresh, Content.Claim::via));
		this.added += fresh.size();
		List<Object[]> topics = new ArrayList<>();
		List<Object[]> figures = new ArrayList<>();
		for (Content.Claim claim : fresh) {
			int id = ids.get(claim.slug());
			this.unindexed.add(id);
			claim.topics().forEach(topic -> topics.add(new Object[] { id, this.topicIds.get(topic) }));
			claim.figures().forEach(figure -> figures.add(new Object[] { id, figure }));
			redirect(id, claim.formerly());
		}
		if (!topics.isEmpty()) {
			this.sql.update("INSERT INTO claim_topic (claim_id, topic_id) SELECT * FROM unnest(?::int[], ?::int[])",
					this.sql.column(topics, row -> row[0]), this.sql.column(topics, row -> row[1]));
		}
		if (!figures.isEmpty()) {
			Function<Object[], Content.Figure> f = row -> (Content.Figure) row[1];
			this.sql.update("""
					INSERT INTO figure (claim_id, metric, metric_label, value, qualifier, unit, counted, period_start,
					                    period_phrase, inference, kind, low, best, high, approximate, period_end,
					                    cumulative, excludes)
					SELECT * FROM unnest(?::int[], ?::text[], ?::text[], ?::numeric[], ?::text[], ?::text[], ?::text[],
					                     ?::date[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::numeric[],
					                     ?::numeric[], ?::boolean[], ?::date[], ?::boolean[], ?::text[])""",
					this.sql.column(figures, row -> row[0]),
					this.sql.column(figures, row -> f.apply(row).metric()), this.sql.column(figures, row -> f.apply(row).label()),
					this.sql.column(figures, row -> f.apply(row).value()), this.sql.column(figures, row -> f.apply(row).qualifier()),
					this.sql.column(figures, row -> f.apply(row).unit()), this.sql.column(figures, row -> f.apply(row).counted()),
					this.sql.column(figures, row -> f.apply(row).periodStart()),
					this.sql.column(figures, row -> f.apply(row).periodPhrase()),
					this.sql.column(figures, row -> f.apply(row).inference()),
					this.sql.column(figures, row -> f.apply(row).reading().kind()),
					this.sql.column(figures, row -> f.apply(row).reading().low()),
					this.sql.column(figures, row -> f.apply(row).reading().best()),
					this.sql.column(figures, row -> f.apply(row).reading().high()),
					this.sql.column(figures, row -> f.apply(row).reading().approximate()),
					this.sql.column(figures, row -> f.apply(row).reading().periodEnd()),
					this.sql.column(figures, row -> f.apply(row).reading().cumulative()),
					this.sql.column(figures, row -> f.apply(row).reading().excludes()));
		}
	}

	/** Published claims that no file lists any more. */
	void unlisted(List<Problem> problems) throws SQLException {
		this.sql.query("""
				SELECT c.slug, s.slug FROM claim c JOIN item i ON i.id = c.item_id JOIN source s ON s.id = i.source_id
				 WHERE NOT (c.slug = ANY (?::text[]))""", row -> problems.add(new Problem(row.getString(2) + "/source.yaml",
				1, "claim '" + row.getString(1) + "' is published (/claims/" + row.getString(1)
						+ ") but no longer in this file: put it back; a published claim keeps its address. To rename it, "
						+ "give the new slug and list the old one under formerly.")), this.sql.texts(this.listed));
	}

	int count() {
		return this.listed.size();
	}

	String summary() {
		return this.added + " claims added, " + this.changed + " changed (" + this.changes + " changes recorded)";
	}

}
