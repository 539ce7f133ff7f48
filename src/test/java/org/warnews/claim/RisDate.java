package org.warnews.claim;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A RIS date ("YYYY/MM/DD/other") read as the RIS specification lays it out: the numeric parts that are given. */
final class RisDate {

	private RisDate() {
	}

	/** The year, then the month and the day when they are given; a given part after an empty one is an error. */
	static List<Integer> parts(String date) {
		assertThat(date).as("a RIS date").matches("[0-9]{4}/([0-9]{2})?/([0-9]{2})?/.*");
		String[] fields = date.split("/", 4);
		List<Integer> parts = new ArrayList<>();
		for (int i = 0; i < 3 && !fields[i].isEmpty(); i++) {
			parts.add(Integer.valueOf(fields[i]));
		}
		assertThat(parts.size() == 3 || fields[parts.size()].isEmpty() && (parts.size() == 2 || fields[2].isEmpty()))
			.as("no day without a month: %s", date).isTrue();
		return parts;
	}

}
