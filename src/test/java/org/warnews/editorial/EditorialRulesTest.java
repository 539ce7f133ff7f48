package org.warnews.editorial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editorial rules that an editorial review found broken, as tests over the shipped files: a summary keeps every hedge
 * and qualifier of its quote, and a name published for an actor names that actor and nothing else.
 */
class EditorialRulesTest {

	/** Hedges and qualifiers: when the quote has one, its summary must keep it (in any of the forms given). */
	private static final List<Qualifier> QUALIFIERS = List.of(words("on the whole"), words("it seems"),
			words("more than"), words("less than"), words("roughly"), words("around"), words("about \\d"),
			words("at least"), words("up to"), words("nearly"), words("almost"), words("some \\d"),
			words("includ(e|es|ed|ing)"), words("future"), words("high-quality"), words("reportedly"),
			words("allegedly"), words("may"), words("might"), words("could"), words("probably"), words("possibly"));

	/** Places, and names that every state's institutions share: never the name of one organisation or person. */
	private static final Set<String> NOT_ONE_ACTORS_NAME = Set.of("kyiv", "kiev", "київ", "киев", "moscow", "москва",
			"london", "washington", "kremlin", "general staff", "генштаб", "генеральный штаб", "ministry of defence",
			"ministry of defense", "defence ministry", "defense ministry", "mod", "the military", "armed forces",
			"the government", "the newspaper", "the article", "the report");

	@Test
	void aSummaryKeepsEveryHedgeAndQualifierOfItsQuote() {
		List<String> dropped = new ArrayList<>();
		for (Content.Source source : sources()) {
			for (Content.Item item : source.items()) {
				for (Content.Claim claim : item.claims()) {
					for (Qualifier qualifier : QUALIFIERS) {
						if (qualifier.in(claim.quote()) && !qualifier.in(claim.summary())) {
							dropped.add(claim.slug() + " drops “" + qualifier.words() + "”");
						}
					}
				}
			}
		}
		assertThat(dropped).isEmpty();
	}

	@Test
	void aNamePublishedForAnActorNamesThatActorAndNothingElse() {
		Map<String, String> owners = new HashMap<>();
		List<String> wrong = new ArrayList<>();
		for (Annotation.Actor actor : actors()) {
			List<String> names = new ArrayList<>(actor.aliases());
			names.add(actor.name());
			for (String name : names) {
				String key = name.toLowerCase(Locale.ROOT);
				String owner = owners.putIfAbsent(key, actor.slug());
				if (owner != null && !owner.equals(actor.slug())) {
					wrong.add("“" + name + "” names both " + owner + " and " + actor.slug());
				}
				if (NOT_ONE_ACTORS_NAME.contains(key)) {
					wrong.add("“" + name + "” of " + actor.slug() + " is a place or every state's institution");
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	/** Words as a pattern: whole words, any case, forms in parentheses ("includ(e|es|ing)"), a digit as \\d. */
	private record Qualifier(String words, Pattern pattern) {

		boolean in(String text) {
			return this.pattern.matcher(text).find();
		}

	}

	@Test
	void anOutletTheTextDoesNotNameIsTheClaimantOfOneSourceOnly() {
		Map<String, Set<String>> sourcesOf = new HashMap<>();
		for (Content.Source source : sources()) {
			for (Content.Item item : source.items()) {
				for (Content.Claim claim : item.claims()) {
					sourcesOf.computeIfAbsent(claim.claimant(), slug -> new TreeSet<>()).add(source.slug());
				}
			}
		}
		assertThat(actors()).filteredOn(actor -> actor.kind().equals("publication"))
			.allSatisfy(outlet -> assertThat(outlet.name().contains("not named in the text")
					&& sourcesOf.getOrDefault(outlet.slug(), Set.of()).size() > 1)
				.as("%s claims in %s", outlet.slug(), sourcesOf.get(outlet.slug()))
				.isFalse());
	}

	private static Qualifier words(String words) {
		return new Qualifier(words, Pattern.compile("(?iu)(?<![\\p{L}\\d])" + words + "(?![\\p{L}])"));
	}

	private static List<Content.Source> sources() {
		List<Content.Source> sources = new ArrayList<>();
		List<Problem> problems = new EditorialCheck(EditorialFiles.in(List.of("file:db/sources/"))).run(new EditorialCheck.Sink() {

			@Override
			public void shared(List<Annotation.Actor> actors, List<Annotation.Topic> topics) {
			}

			@Override
			public void source(Content.Source source) {
				sources.add(source);
			}

		});
		assertThat(problems).isEmpty();
		return sources;
	}

	private static List<Annotation.Actor> actors() {
		List<Annotation.Actor> actors = new ArrayList<>();
		new EditorialCheck(EditorialFiles.in(List.of("file:db/sources/"))).run(new EditorialCheck.Sink() {

			@Override
			public void shared(List<Annotation.Actor> shared, List<Annotation.Topic> topics) {
				actors.addAll(shared);
			}

			@Override
			public void source(Content.Source source) {
			}

		});
		return actors;
	}

}
