package org.warnews.editorial;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.warnews.model.RelationType;

/**
 * Checks all the editorial files, with no database: the shared actors and topics, then each source folder in turn,
 * and what must hold across them (a slug names one thing). Each sound source is handed on as soon as it is checked,
 * so that a hundred thousand claims are never held in memory at once.
 */
final class EditorialCheck {

	/** What is done with the checked content: written to the database, or only counted. */
	interface Sink {

		void shared(List<Annotation.Actor> actors, List<Annotation.Topic> topics);

		void source(Content.Source source);

		/** The relations between claims, once every source is checked and only if no file has a problem. */
		default void relations(List<Content.Relation> relations) {
		}

	}

	private final EditorialFiles files;

	private final List<Problem> problems = new ArrayList<>();

	/** Where each claim and item slug (current or former) was first written, to report a second use. */
	private final Map<String, String> claimSlugs = new HashMap<>();

	private final Map<String, String> itemSlugs = new HashMap<>();

	/** The claimant of each claim by its current slug: relations may point at a claim of any source. */
	private final Map<String, String> claimants = new HashMap<>();

	/** The metrics of each claim's figures (claims with figures only) and each claim's date, for "updates". */
	private final Map<String, Set<String>> metrics = new HashMap<>();

	private final Map<String, LocalDate> dates = new HashMap<>();

	private final List<Content.Relation> relations = new ArrayList<>();

	EditorialCheck(EditorialFiles files) {
		this.files = files;
	}

	/** Checks everything and hands sound content to the sink; returns the problems found, in file order. */
	List<Problem> run(Sink sink) {
		Map<String, Annotation.Actor> actors = shared(this.files.actors(), AnnotationFile.Kind.ACTORS,
				Annotation.Actor[].class, Annotation.Actor::slug, "actor", Annotation.Actor::at);
		Map<String, Annotation.Topic> topics = shared(this.files.topics(), AnnotationFile.Kind.TOPICS,
				Annotation.Topic[].class, Annotation.Topic::slug, "topic", (topic, file, line) -> topic);
		if (this.files.sources().isEmpty()) {
			this.problems.add(new Problem("db/sources", 1, "no source folder (<slug>/source.yaml) was found."));
		}
		if (!this.problems.isEmpty()) {
			return this.problems;
		}
		sink.shared(List.copyOf(actors.values()), List.copyOf(topics.values()));
		SourceChecker checker = new SourceChecker(actors.keySet(), topics.keySet(), this.problems);
		Map<String, String> sourceSlugs = new HashMap<>();
		for (EditorialFiles.SourceFolder folder : this.files.sources()) {
			String first = sourceSlugs.putIfAbsent(folder.slug(), folder.annotation().name());
			if (first != null) {
				this.problems.add(new Problem(folder.annotation().name(), 1, "source '" + folder.slug()
						+ "' is also at " + first + ": a slug names one source; rename one of the folders."));
				continue;
			}
			Content.Source source = checker.check(folder);
			if (source != null && unique(source)) {
				sink.source(source);
			}
		}
		checkRelations();
		if (this.problems.isEmpty()) {
			sink.relations(List.copyOf(this.relations));
		}
		return this.problems;
	}

	/** Gives an entry of a shared file the place it was written, where it keeps one. */
	private interface Located<T> {

		T at(T entry, String file, int line);

	}

	private <T> Map<String, T> shared(List<EditorialFiles.File> files, AnnotationFile.Kind kind, Class<T[]> type,
			Function<T, String> slug, String what, Located<T> located) {
		Map<String, T> bySlug = new LinkedHashMap<>();
		for (EditorialFiles.File file : files) {
			AnnotationFile.Read<T[]> read = AnnotationFile.read(file.name(), file.text(), kind, type, this.problems);
			if (read == null) {
				continue;
			}
			T[] entries = read.value();
			for (int i = 0; i < entries.length; i++) {
				entries[i] = located.at(entries[i], file.name(), read.file().line("/" + i));
				if (bySlug.putIfAbsent(slug.apply(entries[i]), entries[i]) != null) {
					this.problems.add(new Problem(file.name(), read.file().line("/" + i + "/slug"), what + " '"
							+ slug.apply(entries[i]) + "' is listed twice: keep one entry for it."));
				}
			}
		}
		return bySlug;
	}

	/** Whether the source's item and claim slugs (and claims' former slugs) are used nowhere else. */
	private boolean unique(Content.Source source) {
		int before = this.problems.size();
		for (Content.Item item : source.items()) {
			reserve(this.itemSlugs, item.slug(), source.file(), item.line(), "item");
			for (Content.Claim claim : item.claims()) {
				this.claimants.put(claim.slug(), claim.claimant());
				this.dates.put(claim.slug(), claim.said().date());
				if (!claim.figures().isEmpty()) {
					this.metrics.put(claim.slug(),
							claim.figures().stream().map(Content.Figure::metric).collect(Collectors.toSet()));
				}
				this.relations.addAll(claim.relations());
				reserve(this.claimSlugs, claim.slug(), source.file(), claim.line(), "claim");
				for (String former : claim.formerly()) {
					reserve(this.claimSlugs, former, source.file(), claim.line(), "claim");
				}
			}
		}
		return this.problems.size() == before;
	}

	/**
	 * Each relation points at a claim that exists, by its current slug, other than its own, and joins the claimants
	 * its type allows: the same claimant to restate or update, another to support or dispute.
	 */
	private void checkRelations() {
		// A source with a problem yields no claims: a relation pointing into it is not known to be wrong.
		boolean allChecked = this.problems.isEmpty();
		for (Content.Relation relation : this.relations) {
			String from = this.claimants.get(relation.from());
			String to = this.claimants.get(relation.to());
			String what = "relation '" + relation.type().getCode() + "' of claim '" + relation.from() + "'";
			if (relation.to().equals(relation.from())) {
				relationProblem(relation, what + " points at the claim itself: name another claim.");
			}
			else if (to == null && allChecked) {
				String at = this.claimSlugs.get(relation.to());
				relationProblem(relation, what + " points at claim '" + relation.to() + "', "
						+ ((at != null) ? "a former slug (see " + at + "): use the claim's current slug."
								: "which is in no source: give the slug of a claim in db/sources/ (its /claims/<slug>)."));
			}
			else if (to != null && from != null && !relation.type().getClaimants().allow(from, to)) {
				boolean same = relation.type().getClaimants() == RelationType.Claimants.SAME;
				relationProblem(relation, what + " joins claims of " + (same ? "different claimants" : "the same claimant")
						+ " ('" + from + "' and '" + to + "'): '" + relation.type().getCode() + "' is "
						+ (same ? "for the same claimant saying it again or anew" : "for another claimant's claim") + "; "
						+ (same ? "use supports, disputes or characterises." : "use restates or updates."));
			}
			else if (to != null && relation.type() == RelationType.UPDATES) {
				checkUpdate(relation, what);
			}
		}
	}

	/** A newer figure for the same measure: both claims have a figure of one metric, the update is not older. */
	private void checkUpdate(Content.Relation relation, String what) {
		Set<String> shared = new HashSet<>(this.metrics.getOrDefault(relation.from(), Set.of()));
		shared.retainAll(this.metrics.getOrDefault(relation.to(), Set.of()));
		if (shared.isEmpty()) {
			relationProblem(relation, what + " points at claim '" + relation.to() + "', which has no figure of the same "
					+ "metric: 'updates' is for a newer figure of the same measure; use restates for the same words again.");
		}
		else if (this.dates.get(relation.from()).isBefore(this.dates.get(relation.to()))) {
			relationProblem(relation, what + " is dated " + this.dates.get(relation.from()) + ", before the claim it "
					+ "updates (" + this.dates.get(relation.to()) + "): the newer claim carries 'updates'.");
		}
	}

	private void relationProblem(Content.Relation relation, String message) {
		this.problems.add(new Problem(relation.file(), relation.line(), message));
	}

	private void reserve(Map<String, String> slugs, String slug, String file, int line, String what) {
		String first = slugs.putIfAbsent(slug, file + ":" + line);
		if (first != null) {
			this.problems.add(new Problem(file, line, what + " slug '" + slug + "' is already used at " + first
					+ ": a slug is a permanent address and names one " + what + "; choose another."));
		}
	}

}
