package org.warnews.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.warnews.model.DatePrecision;

/**
 * How a part of a claim reads in its history, from the JSON the editorial files recorded it as: a date with its
 * precision and phrase, figures with their qualifier and what they count, claimants and topics by name.
 */
final class ChangeText {

	/** The parts of a claim, in the order a version shows them. */
	static final List<String> PARTS = List.of("summary", "claimant", "kind", "quote", "direct", "said", "via", "topics",
			"figures", "item", "slug");

	private final Map<String, String> names;

	/** @param names the names of actors and topics, by "actor:" or "topic:" and the slug */
	ChangeText(Map<String, String> names) {
		this.names = names;
	}

	String of(String part, JsonNode value) {
		if (value == null || value.isNull()) {
			return "none";
		}
		return switch (part) {
			case "direct" -> value.asBoolean() ? "the claimant's own words" : "the article's words";
			case "said" -> said(value);
			case "claimant" -> name("actor", value.asString());
			case "topics" -> topics(value);
			case "aliases" -> strings(value);
			case "figures" -> figures(value);
			default -> value.asString();
		};
	}

	private static String said(JsonNode said) {
		String text = DatePrecision.of(said.path("precision").asString())
			.label(LocalDate.parse(said.path("date").asString()));
		if (said.hasNonNull("phrase")) {
			text += " (“" + said.get("phrase").asString() + "”)";
		}
		if (said.hasNonNull("inference")) {
			text += "; inferred: " + said.get("inference").asString();
		}
		return text;
	}

	private String topics(JsonNode slugs) {
		List<String> names = new ArrayList<>();
		slugs.forEach(slug -> names.add(name("topic", slug.asString())));
		return names.isEmpty() ? "none" : String.join(", ", names);
	}

	private static String strings(JsonNode values) {
		List<String> texts = new ArrayList<>();
		values.forEach(value -> texts.add(value.asString()));
		return texts.isEmpty() ? "none" : String.join(", ", texts);
	}

	private static String figures(JsonNode figures) {
		List<String> texts = new ArrayList<>();
		for (JsonNode figure : figures) {
			String qualifier = figure.hasNonNull("qualifier") ? figure.get("qualifier").asString() + " " : "";
			String text = figure.path("label").asString() + ": " + qualifier + number(figure.path("value").decimalValue())
					+ " " + figure.path("unit").asString() + ", counting " + figure.path("counted").asString() + ", "
					+ figure.path("periodPhrase").asString();
			if (figure.hasNonNull("inference")) {
				text += "; inferred: " + figure.get("inference").asString();
			}
			texts.add(text);
		}
		return texts.isEmpty() ? "none" : String.join("; ", texts);
	}

	private static String number(BigDecimal value) {
		BigDecimal plain = value.stripTrailingZeros();
		return (plain.scale() <= 0) ? String.format(Locale.UK, "%,d", plain.toBigInteger()) : plain.toPlainString();
	}

	private String name(String kind, String slug) {
		return this.names.getOrDefault(kind + ":" + slug, slug);
	}

}
