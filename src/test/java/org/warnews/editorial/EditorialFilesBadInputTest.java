package org.warnews.editorial;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Each kind of mistake an editor can make gets one clear message at its file and line, and the load writes
 * nothing: the database is left exactly as it was.
 */
@WithFixtureSources
class EditorialFilesBadInputTest {

	private static final String SECOND = "synthetic-second-source/source.yaml";

	private static final String THIRD = "synthetic-third-source/source.yaml";

	private static final String FIGURES = "synthetic-figures-source/source.yaml";

	@Autowired
	Flyway flyway;

	static Stream<Arguments> mistakes() {
		return Stream.of(
				mistake("malformed YAML", SECOND, yaml -> yaml.replace("    kind: plan", "    kind: plan\n      summary: a: b"),
						"      summary: a: b", "this is not valid YAML"),
				mistake("unknown claimant", SECOND, yaml -> yaml.replace("claimant: test-spokesperson", "claimant: test-nobody"),
						"claimant: test-nobody", "claimant 'test-nobody' is not in actors.yaml"),
				mistake("unknown topic", SECOND, yaml -> yaml.replace("topics: [test-exercises]\n- slug", "topics: [no-such-topic]\n- slug"),
						"topics: [no-such-topic]", "topic 'no-such-topic' is not in topics.yaml"),
				mistake("duplicate slug", THIRD,
						yaml -> yaml.replace("slug: synthetic-ministry-drill-went-well", "slug: synthetic-spokesperson-drill-went-well"),
						"- slug: synthetic-spokesperson-drill-went-well\n    claimant: test-ministry-of-examples",
						"claim slug 'synthetic-spokesperson-drill-went-well' is already used at"),
				mistake("quote not found", SECOND, yaml -> yaml.replace("report about quokkas\n", "report about koalas\n"),
						"quote: plans to publish", "is not found word for word in item 'synthetic-second-plan'. Closest in text.txt: line 7: “plans to publish a second made-up report about quokkas”"),
				mistake("quote ambiguous", THIRD, yaml -> yaml.replace("      prefix: 'Testa Spokesperson said '\n", ""),
						"exact: the drill went well\n    said", "“the drill went well” occurs 2 times in item 'synthetic-third-repeated' (text.txt lines 4, 4): add a prefix"),
				mistake("impossible date", SECOND, yaml -> yaml.replace("date: 2025-07-01", "date: 2025-02-30"),
						"date: 2025-02-30", "“2025-02-30” is not a date of the calendar"),
				mistake("date after its report", SECOND, yaml -> yaml.replace("date: 2025-07-01", "date: 2025-08-01"),
						"date: 2025-08-01", "after the source reporting it was published (2025-07-02)"),
				mistake("date finer than its precision", THIRD, yaml -> yaml.replaceFirst("precision: on-or-before", "precision: month"),
						"date: 2025-07-03\n      precision: month", "with precision month the date is the first of the month: write 2025-07-01."),
				mistake("unknown precision", THIRD, yaml -> yaml.replaceFirst("precision: on-or-before", "precision: weekly"),
						"precision: weekly", "/items/0/claims/0/said/precision: does not have a value in the enumeration"),
				mistake("figure without a metric", SECOND, yaml -> yaml.replace("    - metric: synthetic-example-drones\n      label", "    - label"),
						"- label: Example drones counted", "/items/0/claims/0/figures/0: required property 'metric' not found"),
				mistake("figure value not a number", SECOND, yaml -> yaml.replace("value: 1234", "value: 1,234"),
						"value: 1,234", "/items/0/claims/0/figures/0/value: string found, number expected"),
				mistake("a range that a floor cannot have", SECOND,
						yaml -> yaml.replace("      qualifier: more than\n", "      qualifier: more than\n      range: {high: 2000}\n"),
						"range: {high: 2000}", "figure 'synthetic-example-drones': “more than 1234” is a floor: its low is the value itself and it has no high; remove the range"),
				mistake("a range around an approximate value", FIGURES,
						yaml -> yaml.replace("      qualifier: about\n", "      qualifier: about\n      range:\n        low: 1400\n        high: 1600\n"),
						"low: 1400", "“about 1500” is an approximate value: the text gives no range, so none is recorded; remove the range"),
				mistake("a range that leaves out its value", FIGURES, yaml -> yaml.replace("high: 1800", "high: 1300"),
						"low: 1100", "the range 1100–1300 does not contain the value 1400: low ≤ value ≤ high"),
				mistake("unknown figure kind", SECOND, yaml -> yaml.replace("kind: official-claim", "kind: rumour"),
						"kind: rumour", "/items/0/claims/0/figures/0/kind: does not have a value in the enumeration"),
				mistake("a figure without its kind", SECOND, yaml -> yaml.replace("      kind: official-claim\n", ""),
						"- metric: synthetic-example-drones", "/items/0/claims/0/figures/0: required property 'kind' not found"),
				mistake("a vague quantity as a qualifier", SECOND, yaml -> yaml.replace("qualifier: more than", "qualifier: dozens"),
						"qualifier: dozens", "/items/0/claims/0/figures/0/qualifier: does not have a value in the enumeration"),
				mistake("a counting period that ends before it starts", FIGURES, yaml -> yaml.replace("end: 2025-06-30", "end: 2025-02-28"),
						"end: 2025-02-28", "the period ends (2025-02-28) before it starts (2025-03-01): check both dates."),
				mistake("a published figure's kind changed without a reason", SECOND,
						yaml -> yaml.replace("kind: official-claim", "kind: estimate"), "- slug: synthetic-ministry-counted-example-drones",
						"claim 'synthetic-ministry-counted-example-drones' is published and its figures changed: add a line under corrections"),
				mistake("a published claim changed without a reason", SECOND,
						yaml -> yaml.replace("summary: The exercise was fictional", "summary: The exercise was made up"),
						"- slug: synthetic-spokesperson-exercise-fictional", "claim 'synthetic-spokesperson-exercise-fictional' is published and its summary changed: add a line under corrections saying why"),
				mistake("a correction that changes nothing", SECOND,
						yaml -> yaml.replace("- slug: synthetic-spokesperson-exercise-fictional\n", "- slug: synthetic-spokesperson-exercise-fictional\n    corrections: [Nothing really.]\n"),
						"- slug: synthetic-spokesperson-exercise-fictional", "has a new correction (“Nothing really.”) but nothing of it changed"),
				mistake("a published claimant renamed without a reason", "actors.yaml",
						yaml -> yaml.replace("name: Testa Spokesperson", "name: Testa Speaker"), "- slug: test-spokesperson",
						"actor 'test-spokesperson' is published and its name, kind, description or aliases changed: add a line under corrections"),
				mistake("a published claim left out", SECOND, yaml -> yaml.substring(0, yaml.indexOf("  claims:\n  - slug: synthetic-ministry-plans-quokka-report")) + "  claims: []\n",
						null, "claim 'synthetic-ministry-plans-quokka-report' is published (/claims/synthetic-ministry-plans-quokka-report) but no longer in this file"),
				mistake("a revised text that loses a quote", "synthetic-third-source/text.txt", text -> text.replace("went well", "went fine"),
						"exact: the drill went well\n      prefix", "the quote of claim 'synthetic-spokesperson-drill-went-well' “the drill went well” is not found word for word in item 'synthetic-third-repeated' with the prefix and suffix given. Closest in text.txt: line 4: “the drill went fine"));
	}

	private static Arguments mistake(String name, String file, UnaryOperator<String> change, String at, String message) {
		return Arguments.of(name, file, change, at, message);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mistakes")
	void failsWithOneClearMessageAtItsLineAndWritesNothing(String name, String file, UnaryOperator<String> change,
			String at, String message) throws Exception {
		EditorialLoads loads = new EditorialLoads(this.flyway);
		Path fixtures = EditorialLoads.copy();
		EditorialLoads.edit(fixtures.resolve(file), change);
		String before = loads.snapshot();

		Throwable thrown = catchThrowable(() -> loads.load(fixtures));

		assertThat(thrown).as(name).isNotNull();
		EditorialException failure = cause(thrown);
		String annotation = file.replace("text.txt", "source.yaml");
		// A published claim that is in no file is found in the database, which knows its source but not the line.
		String expected = (at != null) ? fixtures + "/" + annotation + ":" + line(fixtures.resolve(annotation), at) + ": "
				: annotation + ":1: ";
		assertThat(failure.problems()).as(name)
			.anySatisfy(problem -> assertThat(problem.toString()).startsWith(expected).contains(message));
		assertThat(loads.snapshot()).as("the database after " + name).isEqualTo(before);
	}

	private static EditorialException cause(Throwable thrown) {
		for (Throwable t = thrown; t != null; t = t.getCause()) {
			if (t instanceof EditorialException editorial) {
				return editorial;
			}
		}
		throw new AssertionError("not an editorial failure", thrown);
	}

	/** The line (from 1) where the given text starts. */
	private static int line(Path file, String at) throws Exception {
		String text = Files.readString(file);
		int index = text.indexOf(at);
		assertThat(index).as("%s in %s", at, file).isNotNegative();
		return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
	}

}
