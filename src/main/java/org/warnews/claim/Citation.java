package org.warnews.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.warnews.model.Actor;
import org.warnews.model.ActorKind;
import org.warnews.model.Claim;
import org.warnews.model.DatePrecision;
import org.warnews.model.Source;

/**
 * A claim as a reference, in the formats reference managers read: plain text, BibTeX, RIS and CSL-JSON. The work
 * cited is the claim: its author is the claimant, its title our one-line summary (never put in quotation marks,
 * because it is not the claimant's wording), its date the date the claim was made, as precisely as the source
 * allows, and it was reported in the source article. Nothing is added that the record does not hold: a date known
 * only as "on or before" is given as such, not as a day.
 */
public record Citation(Claim claim, String permalink) {

	private static final String SITE = "War News Reference";

	public String key() {
		return "warnews-claim-" + this.claim.getId();
	}

	/**
	 * e.g. "UK Ministry of Defence (12 June 2025). Russia has suffered … [Claim]. Reported in “…”, 13 June 2025.
	 * War News Reference, version of 30 November 2026. URL": the version cited is the claim as it reads since its
	 * last change; an earlier one stays readable at its own address.
	 */
	public String plainText() {
		return this.claim.getActor().getName() + " (" + this.claim.getSaidOnLabel() + "). "
				+ withoutFullStop(this.claim.getSummary()) + " [Claim]. Reported in " + Attribution.article(source())
				+ ". " + SITE + ", " + version() + ". " + this.permalink;
	}

	/** "version of 30 November 2026": the day of the claim's last change. */
	public String version() {
		return "version of " + this.claim.getUpdatedAtLabel();
	}

	/**
	 * The quote with its attribution, ready to paste. A direct quote is the claimant's own words; otherwise the
	 * words are the article's, reporting the claim, and the attribution says so.
	 */
	public String quoteWithAttribution() {
		String quoted = "“" + oneLine(this.claim.getQuote()) + "”";
		String article = Attribution.articleDatedInBrackets(source());
		if (this.claim.isDirectQuote()) {
			return quoted + " — " + this.claim.getActor().getName() + ", " + this.claim.getSaidOnLabel()
					+ ", as reported in " + article + ". " + this.permalink;
		}
		if (this.claim.getActor().getKind() == ActorKind.PUBLICATION) {
			return quoted + " — " + article + ". " + this.permalink;
		}
		return quoted + " — " + article + ", reporting a claim by " + byName(this.claim.getActor()) + ". "
				+ this.permalink;
	}

	public String bibtex() {
		Map<String, String> fields = new LinkedHashMap<>();
		// Double braces keep a name whole (no first/last split) and a title's capitals as written.
		fields.put("author", "{" + bibtexEscape(this.claim.getActor().getName()) + "}");
		fields.put("title", "{" + bibtexEscape(withoutFullStop(this.claim.getSummary())) + "}");
		if (!isOnOrBefore()) {
			fields.put("year", String.valueOf(this.claim.getSaidOn().getYear()));
		}
		if (hasMonth()) {
			fields.put("month", this.claim.getSaidOn().getMonth().name().substring(0, 3).toLowerCase(Locale.ROOT));
		}
		fields.put("date", edtfDate()); // biblatex reads ISO 8601-2 dates, with ranges and approximations
		fields.put("howpublished", SITE);
		fields.put("url", this.permalink);
		fields.put("note", bibtexEscape(note()));
		StringBuilder entry = new StringBuilder("@misc{").append(key()).append(",\n");
		fields.forEach((name, value) -> {
			// Month names are BibTeX macros (jan, feb, …): they go unbraced so styles can format them.
			String written = name.equals("month") ? value : "{" + value + "}";
			entry.append("  ").append(name).append(" = ").append(written).append(",\n");
		});
		return entry.append("}\n").toString();
	}

	public String ris() {
		List<String> lines = new ArrayList<>();
		lines.add(ris("TY", "ELEC"));
		lines.add(ris("ID", key()));
		lines.add(ris("AU", risName(this.claim.getActor())));
		lines.add(ris("TI", withoutFullStop(this.claim.getSummary())));
		if (!isOnOrBefore()) {
			lines.add(ris("PY", String.valueOf(this.claim.getSaidOn().getYear())));
		}
		lines.add(ris("DA", risDate()));
		lines.add(ris("PB", SITE));
		lines.add(ris("UR", this.permalink));
		lines.add(ris("N1", note()));
		lines.add("ER  - ");
		return String.join("\r\n", lines) + "\r\n";
	}

	/** One CSL-JSON item; a CSL-JSON document is a list of these. */
	public Map<String, Object> cslItem() {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", key());
		item.put("type", "webpage");
		item.put("genre", "Claim");
		item.put("title", withoutFullStop(this.claim.getSummary()));
		item.put("author", List.of(cslName(this.claim.getActor())));
		item.put("issued", cslDate());
		item.put("container-title", SITE);
		item.put("URL", this.permalink);
		item.put("note", note());
		return item;
	}

	/** Where the claim was reported, when it was said and the quote, for the note field of every format. */
	String note() {
		String note = "Claim by " + byName(this.claim.getActor()) + ", " + this.claim.getSaidOnLabel()
				+ ", reported in " + Attribution.article(source()) + ". " + provenance();
		return note + (this.claim.isDirectQuote() ? "Quote: “" : "Source passage: “") + oneLine(this.claim.getQuote())
				+ "”. Cited: " + version() + ".";
	}

	/** Where the article was published, as far as the annotation knows: never guessed. */
	private String provenance() {
		Source source = source();
		String outlet = source.isOutletNamed() ? "Published by " + source.getOutlet()
				: "The article's outlet is not named in its text";
		String original = (source.getOriginalUrl() != null) ? " at " + source.getOriginalUrl() : "";
		String archived = (source.getArchivedUrl() != null) ? " (archived at " + source.getArchivedUrl() + ")" : "";
		return outlet + original + archived + ". ";
	}

	/** The claimant as the site names it after "by": "the UK Ministry of Defence", "Vladimir Putin". */
	private static String byName(Actor actor) {
		return switch (actor.getKind()) {
			case ORGANISATION -> "the " + actor.getName();
			case PUBLICATION -> Character.toLowerCase(actor.getName().charAt(0)) + actor.getName().substring(1);
			default -> actor.getName();
		};
	}

	private Source source() {
		return this.claim.getItem().getSource();
	}

	private boolean isOnOrBefore() {
		return this.claim.getSaidOnPrecision() == DatePrecision.ON_OR_BEFORE;
	}

	private boolean hasMonth() {
		return switch (this.claim.getSaidOnPrecision()) {
			case DAY, MONTH, APPROXIMATE -> true;
			default -> false;
		};
	}

	/** ISO 8601-2 (EDTF): "2025-06-12", "2022-02", "2025", "2022-02~" (approximate), "../2025-06-13". */
	String edtfDate() {
		LocalDate date = this.claim.getSaidOn();
		return switch (this.claim.getSaidOnPrecision()) {
			case DAY -> date.toString();
			case MONTH -> date.toString().substring(0, 7);
			case YEAR -> String.valueOf(date.getYear());
			case APPROXIMATE -> date.toString().substring(0, 7) + "~";
			case ON_OR_BEFORE -> "../" + date;
		};
	}

	/** RIS dates are "YYYY/MM/DD/other", with empty parts for what is unknown. */
	private String risDate() {
		LocalDate date = this.claim.getSaidOn();
		String year = String.valueOf(date.getYear());
		String month = "%02d".formatted(date.getMonthValue());
		String day = "%02d".formatted(date.getDayOfMonth());
		return switch (this.claim.getSaidOnPrecision()) {
			case DAY -> year + "/" + month + "/" + day + "/";
			case MONTH -> year + "/" + month + "//";
			case YEAR -> year + "///";
			case APPROXIMATE -> year + "/" + month + "//approximate";
			case ON_OR_BEFORE -> "///" + this.claim.getSaidOnLabel();
		};
	}

	private Map<String, Object> cslDate() {
		LocalDate date = this.claim.getSaidOn();
		Map<String, Object> issued = new LinkedHashMap<>();
		switch (this.claim.getSaidOnPrecision()) {
			case DAY -> issued.put("date-parts", List.of(List.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth())));
			case MONTH -> issued.put("date-parts", List.of(List.of(date.getYear(), date.getMonthValue())));
			case YEAR -> issued.put("date-parts", List.of(List.of(date.getYear())));
			case APPROXIMATE -> {
				issued.put("date-parts", List.of(List.of(date.getYear(), date.getMonthValue())));
				issued.put("circa", true);
			}
			// CSL has no open-start range; a literal date is shown as written.
			case ON_OR_BEFORE -> issued.put("literal", this.claim.getSaidOnLabel());
		}
		return issued;
	}

	private static Map<String, String> cslName(Actor actor) {
		Map<String, String> name = new LinkedHashMap<>();
		int last = actor.getName().lastIndexOf(' ');
		if (actor.getKind() == ActorKind.PERSON && last > 0) {
			name.put("family", actor.getName().substring(last + 1));
			name.put("given", actor.getName().substring(0, last));
		}
		else {
			name.put("literal", actor.getName());
		}
		return name;
	}

	/** RIS names are "Family, Given"; an organisation's name has no comma and stays whole. */
	private static String risName(Actor actor) {
		String name = actor.getName();
		if (actor.getKind() == ActorKind.PERSON && name.contains(" ")) {
			int last = name.lastIndexOf(' ');
			return name.substring(last + 1) + ", " + name.substring(0, last);
		}
		return name.replace(",", "");
	}

	private static String ris(String tag, String value) {
		return tag + "  - " + oneLine(value);
	}

	/** Escapes the characters BibTeX and LaTeX treat specially, so every brace in the output is structural. */
	static String bibtexEscape(String text) {
		StringBuilder escaped = new StringBuilder();
		for (char c : oneLine(text).toCharArray()) {
			switch (c) {
				case '\\' -> escaped.append("\\textbackslash{}");
				case '{', '}', '%', '&', '$', '#', '_' -> escaped.append('\\').append(c);
				case '^' -> escaped.append("\\^{}");
				case '~' -> escaped.append("\\~{}");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	private static String withoutFullStop(String text) {
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

}
