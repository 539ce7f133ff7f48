package org.warnews.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * allows ({@link CitedDate}), and it was reported in the source article. Nothing is added that the record does not
 * hold: a date known only as "on or before" is given as such, not as a day. Every format names the version cited
 * and the day it was accessed, as style guides ask of a web page.
 *
 * @param version the number of the version cited: the claim as it reads since its last correction
 * @param accessed the day the citation was made
 */
public record Citation(Claim claim, String permalink, int version, LocalDate accessed) {

	private static final String SITE = "War News Reference";

	public String key() {
		return "warnews-claim-" + this.claim.getId();
	}

	/**
	 * e.g. "UK Ministry of Defence (12 June 2025). Russia has suffered … [Claim]. Reported in “…”, 13 June 2025.
	 * War News Reference, version 2 (30 November 2026). URL (accessed 1 December 2026)": the version cited is
	 * the claim as it reads since its last change; an earlier one stays readable at its own address.
	 */
	public String plainText() {
		return this.claim.getActor().getName() + " (" + this.claim.getSaidOnLabel() + "). "
				+ withoutFullStop(this.claim.getSummary()) + " [Claim]. Reported in " + Attribution.article(source())
				+ ". " + SITE + ", " + versionCited() + ". " + this.permalink + " (accessed " + accessedLabel() + ")";
	}

	/** "version 2 (30 November 2026)": its number and the day of the claim's last change. */
	public String versionCited() {
		return "version " + versionLabel();
	}

	/** "2 (30 November 2026)", for the version fields of BibTeX and RIS, which name the field themselves. */
	private String versionLabel() {
		return this.version + " (" + this.claim.getUpdatedAtLabel() + ")";
	}

	private String accessedLabel() {
		return DatePrecision.DAY.label(this.accessed);
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
		// Classic BibTeX reads year and month; biblatex reads date, in ISO 8601-2 with its approximations.
		CitedDate said = saidOn();
		fields.put("year", String.valueOf(said.year()));
		if (said.hasMonth()) {
			fields.put("month", said.bibtexMonth());
		}
		fields.put("date", said.edtf());
		fields.put("howpublished", SITE);
		fields.put("version", bibtexEscape(versionLabel()));
		fields.put("url", this.permalink);
		fields.put("urldate", this.accessed.toString());
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
		CitedDate said = saidOn();
		lines.add(ris("PY", String.valueOf(said.year())));
		lines.add(ris("DA", said.ris()));
		lines.add(ris("PB", SITE));
		lines.add(ris("ET", versionLabel()));
		lines.add(ris("UR", this.permalink));
		lines.add(ris("Y2", CitedDate.risDay(this.accessed)));
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
		item.put("issued", saidOn().csl());
		item.put("container-title", SITE);
		item.put("version", versionCited()); // styles print it as it is, without a word of their own
		item.put("URL", this.permalink);
		item.put("accessed", CitedDate.cslDay(this.accessed));
		item.put("note", note());
		return item;
	}

	/**
	 * Where the claim was reported, when it was said in the site's words (with the source's own phrase, when it has
	 * one: the structured date fields cannot say "early in the war"), the quote, the version cited and the day of
	 * access, for the note field of every format.
	 */
	String note() {
		String phrase = (this.claim.getSaidOnPhrase() != null) ? " (“" + this.claim.getSaidOnPhrase() + "” in the source)"
				: "";
		String note = "Claim by " + byName(this.claim.getActor()) + ", " + this.claim.getSaidOnLabel() + phrase
				+ ", reported in " + Attribution.article(source()) + ". " + provenance();
		return note + (this.claim.isDirectQuote() ? "Quote: “" : "Source passage: “") + oneLine(this.claim.getQuote())
				+ "”. Cited: " + versionCited() + ", accessed " + accessedLabel() + ".";
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

	private CitedDate saidOn() {
		return new CitedDate(this.claim.getSaidOn(), this.claim.getSaidOnPrecision());
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
