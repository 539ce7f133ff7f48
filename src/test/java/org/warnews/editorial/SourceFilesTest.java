package org.warnews.editorial;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' check of the files that ship, as {@code ./mvnw verify} runs it: the same checks as the loader, against
 * the same JSON Schemas, with no database.
 */
class SourceFilesTest {

	@Test
	void theShippedSourcesConformToTheirSchemaAndEveryQuoteIsFound() {
		List<Content.Source> sources = new ArrayList<>();
		List<Problem> problems = new EditorialCheck(EditorialFiles.in(List.of("file:db/sources/"))).run(collect(sources));
		assertThat(problems).isEmpty();
		assertThat(sources).singleElement().satisfies(first -> {
			assertThat(first.slug()).isEqualTo("2025-06-13-ukraine-russia-war-latest");
			assertThat(first.items()).hasSize(3);
			assertThat(first.items().stream().mapToInt(item -> item.claims().size()).sum()).isEqualTo(26);
			assertThat(first.outlet()).isEqualTo("not named in the text");
			assertThat(first.originalUrl()).isNull();
		});
	}

	@Test
	void theTestFixturesAreSoundToo() {
		List<Content.Source> sources = new ArrayList<>();
		List<Problem> problems = new EditorialCheck(
				EditorialFiles.in(List.of("file:db/sources/", "file:" + EditorialLoads.FIXTURES + "/"))).run(collect(sources));
		assertThat(problems).isEmpty();
		assertThat(sources).extracting(Content.Source::slug)
			.containsExactly("2025-06-13-ukraine-russia-war-latest", "synthetic-astral-source", "synthetic-figures-source", "synthetic-second-source",
					"synthetic-third-source");
	}

	private static EditorialCheck.Sink collect(List<Content.Source> sources) {
		return new EditorialCheck.Sink() {

			@Override
			public void shared(List<Annotation.Actor> actors, List<Annotation.Topic> topics) {
			}

			@Override
			public void source(Content.Source source) {
				sources.add(source);
			}

		};
	}

}
