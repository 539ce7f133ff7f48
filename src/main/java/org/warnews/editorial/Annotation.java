package org.warnews.editorial;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The editorial files as they are written: {@code source.yaml} of each source, {@code actors.yaml} and
 * {@code topics.yaml}. Their shape is checked by the JSON Schemas beside them before they are read into these
 * records, so the records hold only what the schema allows; dates stay text until {@link SourceChecker} reads them,
 * so that an impossible date gets its own message.
 */
final class Annotation {

	private Annotation() {
	}

	record Source(String publishedOn, String headline, String standfirst, Provenance provenance, List<Item> items) {
	}

	/** "not known" (or, for the outlet, "not named in the text") is said in the file, never left out. */
	record Provenance(String outlet, String url, String archivedUrl, String retrievedOn) {

		static final String NOT_KNOWN = "not known";

	}

	record Item(String slug, Quote heading, List<Claim> claims) {
	}

	record Claim(String slug, List<String> formerly, List<String> corrections, String claimant, String kind,
			String summary, Quote quote, boolean direct, Said said, String via, List<String> topics, List<Figure> figures) {

		Claim {
			formerly = (formerly != null) ? formerly : List.of();
			corrections = (corrections != null) ? corrections : List.of();
			figures = (figures != null) ? figures : List.of();
		}

	}

	record Said(String date, String precision, String phrase, String inference) {
	}

	/** {@code range} only where the text states one; {@code cumulative} null where the text does not say. */
	record Figure(String metric, String label, BigDecimal value, String qualifier, Range range, String kind,
			Boolean cumulative, String excludes, String unit, String counted, Period period, String inference) {
	}

	record Range(BigDecimal low, BigDecimal high) {
	}

	/** {@code end} only where the text states one. */
	record Period(String start, String end, String phrase) {
	}

	/**
	 * Words of the source, as a W3C Web Annotation TextQuoteSelector: the exact text, and the text just before or
	 * after it where the same words occur more than once. A plain string in the file is the exact text alone.
	 */
	record Quote(String exact, String prefix, String suffix) {

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static Quote of(String exact) {
			return new Quote(exact, null, null);
		}

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		Quote {
		}

	}

	/**
	 * A claimant. {@code aliases} are its other names; {@code searchTerms} find it but are not its names;
	 * {@code corrections} say why what is published of it changed. {@code file} and {@code line} say where it was
	 * written (set by {@link EditorialCheck}, not read from the file).
	 */
	record Actor(String slug, String name, String kind, String description, List<String> aliases,
			List<String> searchTerms, List<String> corrections, @JsonIgnore String file, @JsonIgnore int line) {

		Actor {
			aliases = (aliases != null) ? aliases : List.of();
			searchTerms = (searchTerms != null) ? searchTerms : List.of();
			corrections = (corrections != null) ? corrections : List.of();
		}

		Actor at(String file, int line) {
			return new Actor(this.slug, this.name, this.kind, this.description, this.aliases, this.searchTerms,
					this.corrections, file, line);
		}

		/** What is published of the actor, whose changes need a reason. */
		Map<String, Object> published() {
			Map<String, Object> published = new LinkedHashMap<>();
			published.put("name", this.name);
			published.put("kind", this.kind);
			published.put("description", this.description);
			published.put("aliases", this.aliases);
			return published;
		}

	}

	record Topic(String slug, String name, String description) {
	}

}
