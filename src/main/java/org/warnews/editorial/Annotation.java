package org.warnews.editorial;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

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

	record Figure(String metric, String label, BigDecimal value, String qualifier, String unit, String counted,
			Period period, String inference) {
	}

	record Period(String start, String phrase) {
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

	/** {@code aliases} are other names of the actor; {@code searchTerms} find it but are not its names. */
	record Actor(String slug, String name, String kind, String description, List<String> aliases,
			List<String> searchTerms) {

		Actor {
			aliases = (aliases != null) ? aliases : List.of();
			searchTerms = (searchTerms != null) ? searchTerms : List.of();
		}

	}

	record Topic(String slug, String name, String description) {
	}

}
