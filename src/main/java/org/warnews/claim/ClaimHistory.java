package org.warnews.claim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.warnews.model.Claim;
import org.warnews.model.DatePrecision;

/**
 * The corrections of published claims, as the editorial files recorded them (tables claim_change and claim_version):
 * each correction is one public reason with the parts it changed, before and after; each earlier version is the
 * claim as it read until a correction replaced it.
 */
@Component
public class ClaimHistory {

	/** One part of a claim, before and after a correction, as a reader reads it. */
	public record Change(String part, String before, String after) {
	}

	/**
	 * One correction: why, when, and what it changed; the claim was at {@code replacedVersion} before it. The claim
	 * is shown with who claims it ({@code claimant}, and its kind's code for the attribution's wording).
	 */
	public record Correction(String claimSlug, String claimSummary, String claimant, String claimantKind,
			Instant changedAt, String reason, int replacedVersion, List<Change> changes) {

		public String date() {
			return day(this.changedAt);
		}

	}

	/** An earlier version of a claim, whole, as it read until {@code replacedAt}, when {@code reason} corrected it. */
	public record Version(int number, Instant replacedAt, String reason, List<Part> parts) {

		public String date() {
			return day(this.replacedAt);
		}

	}

	/** A change to what is published of a claimant: its name, kind, description or other names. */
	public record ClaimantCorrection(String slug, String name, Instant changedAt, String reason, List<Change> changes) {

		public String date() {
			return day(this.changedAt);
		}

	}

	/** One part of a claim as it read. */
	public record Part(String part, String text) {
	}

	private static String day(Instant instant) {
		return DatePrecision.DAY.label(LocalDate.ofInstant(instant, ZoneOffset.UTC));
	}

	private static final String CORRECTIONS = """
			SELECT c.slug, c.summary, a.name, a.kind, ch.changed_at, ch.reason, v.number, ch.field, ch.before, ch.after
			  FROM claim_change ch
			  JOIN claim c ON c.id = ch.claim_id
			  JOIN actor a ON a.id = c.actor_id
			  JOIN claim_version v ON v.claim_id = ch.claim_id AND v.replaced_at = ch.changed_at
			""";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	ClaimHistory(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The claim's corrections, newest first. */
	public List<Correction> of(Claim claim) {
		ChangeText text = text();
		return group(this.jdbc.query(CORRECTIONS + " WHERE ch.claim_id = ? ORDER BY ch.changed_at DESC, ch.id",
				(row, n) -> row(row, text), claim.getId()));
	}

	/** Every correction, newest first, a page at a time. */
	public List<Correction> newest(int offset, int limit) {
		ChangeText text = text();
		return group(this.jdbc.query(CORRECTIONS + """
				 WHERE (ch.claim_id, ch.changed_at) IN (SELECT claim_id, changed_at FROM claim_change
				                                         GROUP BY claim_id, changed_at
				                                         ORDER BY changed_at DESC, claim_id LIMIT ? OFFSET ?)
				 ORDER BY ch.changed_at DESC, ch.claim_id, ch.id""", (row, n) -> row(row, text), limit, offset));
	}

	/** Every correction of a claimant, newest first. */
	public List<ClaimantCorrection> claimants() {
		ChangeText text = text();
		return this.jdbc.query("""
				SELECT a.slug, a.name, ch.changed_at, ch.reason, ch.before, ch.after
				  FROM actor_change ch JOIN actor a ON a.id = ch.actor_id
				 ORDER BY ch.changed_at DESC, ch.id DESC""", (row, n) -> {
			JsonNode before = this.json.readTree(row.getString("before"));
			JsonNode after = this.json.readTree(row.getString("after"));
			List<Change> changes = new ArrayList<>();
			for (String part : List.of("name", "kind", "description", "aliases")) {
				if (!before.path(part).equals(after.path(part))) {
					changes.add(new Change(part, text.of(part, before.get(part)), text.of(part, after.get(part))));
				}
			}
			return new ClaimantCorrection(row.getString(1), row.getString(2),
					row.getObject(3, OffsetDateTime.class).toInstant(), row.getString(4), changes);
		});
	}

	/** The reason of each given claim's newest correction, for the claims that have been corrected. */
	public Map<Integer, String> latestReasons(List<Integer> claimIds) {
		Map<Integer, String> reasons = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT DISTINCT ON (claim_id) claim_id, reason FROM claim_change WHERE claim_id = ANY (?)
				 ORDER BY claim_id, changed_at DESC""", (RowCallbackHandler) row -> reasons.put(row.getInt(1),
				row.getString(2)), (Object) claimIds.toArray(Integer[]::new));
		return reasons;
	}

	/** How many corrections there are: one per claim and load that changed it. */
	public long count() {
		return this.jdbc.queryForObject("SELECT count(*) FROM (SELECT DISTINCT claim_id, changed_at FROM claim_change) c",
				Long.class);
	}

	/** The claim's current version number: one more than the versions its corrections replaced. */
	public int currentVersion(Claim claim) {
		return this.jdbc.queryForObject("SELECT count(*) + 1 FROM claim_version WHERE claim_id = ?", Integer.class,
				claim.getId());
	}

	/** An earlier version of the claim, whole. */
	public Optional<Version> version(Claim claim, int number) {
		return this.jdbc.query("""
				SELECT v.number, v.replaced_at, v.state,
				       (SELECT ch.reason FROM claim_change ch WHERE ch.claim_id = v.claim_id
				           AND ch.changed_at = v.replaced_at LIMIT 1) AS reason
				  FROM claim_version v WHERE v.claim_id = ? AND v.number = ?""", (row, n) -> {
			JsonNode state = this.json.readTree(row.getString("state"));
			ChangeText text = text();
			List<Part> parts = ChangeText.PARTS.stream().map(part -> new Part(part, text.of(part, state.get(part)))).toList();
			return new Version(row.getInt("number"), row.getObject("replaced_at", OffsetDateTime.class).toInstant(),
					row.getString("reason"), parts);
		}, claim.getId(), number).stream().findFirst();
	}

	private record Row(String claimSlug, String claimSummary, String claimant, String claimantKind, Instant changedAt,
			String reason, int version, Change change) {
	}

	private Row row(ResultSet row, ChangeText text) throws SQLException {
		String part = row.getString("field");
		return new Row(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
				row.getObject(5, OffsetDateTime.class).toInstant(), row.getString(6), row.getInt(7), new Change(part, text.of(part, this.json.readTree(row.getString("before"))),
						text.of(part, this.json.readTree(row.getString("after")))));
	}

	/** Claimants and topics are written by name, as they are called now. */
	private ChangeText text() {
		Map<String, String> names = new LinkedHashMap<>();
		this.jdbc.query("SELECT 'actor:' || slug, name FROM actor UNION ALL SELECT 'topic:' || slug, name FROM topic",
				(RowCallbackHandler) row -> names.put(row.getString(1), row.getString(2)));
		return new ChangeText(names);
	}

	/** Rows of one claim, one time and one reason make one correction. */
	private static List<Correction> group(List<Row> rows) {
		Map<String, Correction> corrections = new LinkedHashMap<>();
		for (Row row : rows) {
			String key = row.claimSlug() + " " + row.changedAt();
			corrections.computeIfAbsent(key, k -> new Correction(row.claimSlug(), row.claimSummary(), row.claimant(),
					row.claimantKind(), row.changedAt(), row.reason(), row.version(), new ArrayList<>()))
				.changes()
				.add(row.change());
		}
		return List.copyOf(corrections.values());
	}

}
