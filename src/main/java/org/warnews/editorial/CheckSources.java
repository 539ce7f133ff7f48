package org.warnews.editorial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The editors' check, with no server and no database: reads every editorial file and prints each problem as
 * {@code file:line: what is wrong, and how to fix it}. Exit status 0 when all is well, 1 when a problem was found.
 *
 * <pre>./mvnw -q compile exec:java                      (db/sources/)
 * ./mvnw -q compile exec:java -Dexec.args="some/folder/"</pre>
 */
public final class CheckSources {

	private CheckSources() {
	}

	public static void main(String[] args) {
		List<String> locations = (args.length == 0) ? List.of("file:db/sources/")
				: Arrays.stream(args).map(arg -> arg.contains(":") ? arg : "file:" + arg).toList();
		long started = System.nanoTime();
		int[] counts = new int[3];
		List<Problem> problems = new ArrayList<>(new EditorialCheck(EditorialFiles.in(locations)).run(new EditorialCheck.Sink() {

			@Override
			public void shared(List<Annotation.Actor> actors, List<Annotation.Topic> topics) {
			}

			@Override
			public void source(Content.Source source) {
				counts[0]++;
				counts[1] += source.items().size();
				counts[2] += source.items().stream().mapToInt(item -> item.claims().size()).sum();
			}

		}));
		problems.forEach(System.out::println);
		System.out.printf("%s: %d sources, %d items and %d claims checked in %d ms; %d problem%s%n", locations,
				counts[0], counts[1], counts[2], (System.nanoTime() - started) / 1_000_000, problems.size(),
				problems.size() == 1 ? "" : "s");
		System.exit(problems.isEmpty() ? 0 : 1);
	}

}
