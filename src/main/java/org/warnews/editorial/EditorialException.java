package org.warnews.editorial;

import java.util.List;
import java.util.stream.Collectors;

/** The editorial files cannot be loaded as they are: nothing of them is written, and each problem says why. */
public class EditorialException extends RuntimeException {

	private final List<Problem> problems;

	EditorialException(List<Problem> problems) {
		super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the editorial files:\n"
				+ problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
