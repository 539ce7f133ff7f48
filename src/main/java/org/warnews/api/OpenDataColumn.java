package org.warnews.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.warnews.claim.Attribution;
import org.warnews.claim.QuoteLink;
import org.warnews.claim.SourceText;
import org.warnews.model.Claim;
import org.warnews.model.Figure;
import org.warnews.model.Source;
import org.warnews.model.Topic;
import org.warnews.web.meta.SiteUrls;

/**
 * One column of the open data (the same fields in the CSV and the JSON): its name, what it holds, where its value
 * comes from (provenance), and how to read it from a claim.
 */
record OpenDataColumn(String name, String datatype, String description, String provenance,
		Function<OpenDataColumn.Row, Object> value) {

	/** A claim being written, with what its values are computed from. */
	record Row(Claim claim, SiteUrls urls) {

		Source source() {
			return this.claim.getItem().getSource();
		}

	}

	static final String VERBATIM = "verbatim: copied exactly from the source text";

	static final String EDITORIAL = "editorial: written or classified by the editors of War News Reference";

	static final String SOURCE = "source: read from the source file";

	static final String ASSIGNED = "assigned: an identifier given by War News Reference";

	static final String DERIVED = "derived: computed from the other fields";

	/** How a figure's bounds are found: the qualifier rule of the about page, never typed by hand. */
	static final String DERIVED_BOUNDS = "derived from the value and its qualifier by the rule on /about "
			+ "(\"more than\" N: a floor, low N; \"up to\" N: a ceiling, high N; \"around\" N: approximate, best N, no range)";

	static final List<OpenDataColumn> ALL = List.of(
			column("id", "integer", "Stable id of the claim; <site>/c/<id> always leads to it", ASSIGNED,
					row -> row.claim().getId()),
			column("slug", "string", "The claim's name in its URL", ASSIGNED, row -> row.claim().getSlug()),
			column("url", "anyURI", "Permanent URL of the claim's page", DERIVED,
					row -> row.urls().claim(row.claim().getSlug())),
			column("claimant_slug", "string", "Who makes the claim, as the source attributes it", EDITORIAL,
					row -> row.claim().getActor().getSlug()),
			column("claimant_name", "string", "Who makes the claim, as the source attributes it", EDITORIAL,
					row -> row.claim().getActor().getName()),
			column("claimant_kind", "string", "person, organisation, state or publication", EDITORIAL,
					row -> row.claim().getActor().getKind().getCode()),
			column("kind", "string", "figure, assertion, plan, hope, call, event or characterisation", EDITORIAL,
					row -> row.claim().getKind()),
			column("summary", "string", "A neutral one-line summary of the claim. Not a quote", EDITORIAL,
					row -> row.claim().getSummary()),
			column("quote", "string",
					"The exact text of the source at [quote_start, quote_end): the passage the claim rests on",
					VERBATIM + ", at the offsets below, checked by the database", row -> row.claim().getQuote()),
			column("direct_quote", "boolean",
					"true when the quote is the claimant's own words, false when it is the article's wording",
					EDITORIAL, row -> row.claim().isDirectQuote()),
			column("quote_start", "integer",
					"0-based character offset of the quote in the source text (source_text_url)", SOURCE,
					row -> row.claim().getQuoteStart()),
			column("quote_end", "integer", "End offset of the quote, exclusive", SOURCE,
					row -> row.claim().getQuoteEnd()),
			column("paragraph", "integer", "Number of the source paragraph (line) holding the quote", DERIVED,
					row -> SourceText.paragraphNumber(row.source().getBody(), row.claim().getQuoteStart())),
			column("quote_url", "anyURI", "Link into the full source text at the quote", DERIVED,
					row -> row.urls().sourceText(row.source().getSlug()) + "#" + QuoteLink
						.fragment(row.source().getBody(), row.claim().getQuoteStart(), row.claim().getQuoteEnd())),
			column("said_on", "date",
					"When the claim was made, to be read with said_on_precision; resolved by the editors from "
							+ "said_on_phrase, or inferred as said_on_inference explains",
					EDITORIAL, row -> row.claim().getSaidOn()),
			column("said_on_precision", "string", "day, month, year, approximate or on-or-before", EDITORIAL,
					row -> row.claim().getSaidOnPrecision().getCode()),
			column("said_on_label", "string", "The date as the site shows it, e.g. \"on or before 13 June 2025\"",
					DERIVED, row -> row.claim().getSaidOnLabel()),
			column("said_on_phrase", "string", "The source's own words for the date, e.g. \"on Thursday\"", VERBATIM,
					row -> row.claim().getSaidOnPhrase()),
			column("said_on_inference", "string", "When the date is inferred: what it was resolved from", EDITORIAL,
					row -> row.claim().getSaidOnInference()),
			column("via", "string", "How the claim was made, e.g. \"statement posted on X\"", EDITORIAL,
					row -> row.claim().getVia()),
			column("topics", "string", "Topic slugs; in the CSV separated by \" | \"", EDITORIAL,
					row -> row.claim().getTopics().stream().map(Topic::getSlug).toList()),
			column("figures", "string",
					"Numbers in the claim: metric, value as stated, unit and period, then in brackets its kind and its "
							+ "low, best and high values; in the CSV separated by \" | \". Figures of different metrics "
							+ "count different things: never add them up",
					EDITORIAL + ", from the quote; low, best and high " + DERIVED_BOUNDS, row -> row.claim().getFigures().stream().map(OpenDataColumn::figure).toList()),
			column("source_slug", "string", "The source article's name in its URL", ASSIGNED,
					row -> row.source().getSlug()),
			column("source_headline", "string", "The source article's headline", VERBATIM + " (its first line)",
					row -> row.source().getHeadline()),
			column("source_published_on", "date", "The source article's date", SOURCE + " (its first line)",
					row -> row.source().getPublishedOn()),
			column("source_sha256", "string", "SHA-256 (hex) of the source text, to check it byte for byte", DERIVED,
					row -> row.source().getSha256()),
			column("source_text_url", "anyURI", "The source text exactly as stored, which the offsets index",
					DERIVED, row -> row.urls().sourcePlainText(row.source().getSlug())),
			column("item_slug", "string", "The item (story) of the source the claim is reported in", ASSIGNED,
					row -> row.claim().getItem().getSlug()),
			column("item_heading", "string", "The item's heading", VERBATIM, row -> row.claim().getItem().getHeading()),
			column("attribution", "string", "How to credit this claim when you reuse it", DERIVED,
					OpenDataColumn::attribution));

	private static OpenDataColumn column(String name, String datatype, String description, String provenance,
			Function<Row, Object> value) {
		return new OpenDataColumn(name, datatype, description, provenance, value);
	}

	/**
	 * A figure as one line of text, e.g. "russian-killed: roughly 250,000 killed (since …) [estimate; low –, best
	 * 250,000, high –; approximate]".
	 */
	static String figureText(Figure figure) {
		return figure.getMetric() + ": " + figure.getValueLabel() + " " + figure.getUnit() + " ("
				+ figure.getPeriodPhrase() + ") [" + figure.getKind().getCode() + "; low " + plain(figure.getLow())
				+ ", best " + plain(figure.getBest()) + ", high " + plain(figure.getHigh()) + "; "
				+ figure.getShape().getCode() + "]";
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "–";
	}

	private static FigureData figure(Figure figure) {
		return new FigureData(figure.getMetric(), figure.getMetricLabel(), figure.getValue(), figure.getQualifier(),
				figure.getValueLabel(), figure.getUnit(), figure.getCounted(), figure.getPeriodStart(),
				figure.getPeriodPhrase(), figure.getInference(), figure.getKind().getCode(), figure.getLow(),
				figure.getBest(), figure.getHigh(), figure.isApproximate(), figure.getShape().getCode(),
				figure.getPeriodEnd(), figure.getCumulative(), figure.getExcludes(), figureText(figure));
	}

	/** In the JSON: {@code low}, {@code best}, {@code high} and {@code shape} are derived by the qualifier rule. */
	record FigureData(String metric, String metricLabel, BigDecimal value, String qualifier,
			String valueLabel, String unit, String counted, LocalDate periodStart, String periodPhrase,
			String inference, String kind, BigDecimal low, BigDecimal best, BigDecimal high, boolean approximate,
			String shape, LocalDate periodEnd, Boolean cumulative, String excludes, String text) {

		@Override
		public String toString() {
			return this.text;
		}

	}

	private static String attribution(Row row) {
		Claim claim = row.claim();
		return "Claim by " + claim.getActor().getName() + " (" + claim.getSaidOnLabel() + "), reported in "
				+ Attribution.articleDatedInBrackets(row.source()) + ". Recorded by War News Reference: "
				+ row.urls().claim(claim.getSlug());
	}

	/** The value as CSV text: lists joined with " | ", nothing for null. */
	String csvText(Row row) {
		Object value = this.value.apply(row);
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining(" | "));
		}
		return String.valueOf(value);
	}

}
