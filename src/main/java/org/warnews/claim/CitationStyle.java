package org.warnews.claim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;

/**
 * The citation styles people paste, rendered from a claim's CSL-JSON by a CSL processor (citeproc-java) with the
 * Citation Style Language project's own style and locale files, never formatted by hand: what a style guide asks
 * is the style file's business.
 */
public enum CitationStyle {

	/** APA marks an inexact date "ca." itself (and citeproc-java would print a literal date twice in it). */
	APA("apa", "APA", "APA (7th edition)", false),
	CHICAGO("chicago-note-bibliography", "Chicago", "Chicago (notes and bibliography, 17th edition)", true),
	/** MLA would print an inexact date's year alone, without "ca.". */
	MLA("modern-language-association", "MLA", "MLA (9th edition)", true);

	private final String styleFile;

	private final boolean inexactDateInWords;

	private final String shortName;

	private final String title;

	/** The item being rendered, for the processor below, which asks its provider for items by id. */
	private final OneItem item = new OneItem();

	/**
	 * Made once and kept: reading the style and locale files took 40 to 160 ms, each time, on every claim page.
	 * Not thread-safe, so one render at a time per style (a render then takes about a millisecond).
	 */
	private CSL processor;

	CitationStyle(String styleFile, String shortName, String title, boolean inexactDateInWords) {
		this.styleFile = styleFile;
		this.inexactDateInWords = inexactDateInWords;
		this.shortName = shortName;
		this.title = title;
	}

	public String shortName() {
		return this.shortName;
	}

	/** The style's name in a file name: "apa", "chicago", "mla". */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String title() {
		return this.title;
	}

	/**
	 * The bibliography entry of one CSL-JSON item, as plain text. A date that is not exact reads as its wording
	 * ("on or before 13 June 2025") in the styles that would not mark it themselves.
	 */
	public String render(Map<String, Object> cslItem) {
		Map<String, Object> json = new LinkedHashMap<>(cslItem);
		if (this.inexactDateInWords && json.get("issued") instanceof Map<?, ?> issued && issued.containsKey("literal")) {
			json.put("issued", Map.of("literal", issued.get("literal")));
		}
		CSLItemData data = CSLItemData.fromJson(json);
		synchronized (this.item) {
			this.item.data = data;
			CSL csl = processor();
			csl.reset(); // which also forgets the output format
			csl.setOutputFormat("text");
			csl.registerCitationItems(data.getId());
			return csl.makeBibliography().getEntries()[0].strip();
		}
	}

	private CSL processor() {
		if (this.processor == null) {
			try {
				this.processor = new CSL(this.item, this.styleFile);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The CSL style " + this.styleFile + " is not on the classpath", ex);
			}
		}
		return this.processor;
	}

	/** The one item a render is about. */
	private static final class OneItem implements ItemDataProvider {

		private CSLItemData data;

		@Override
		public CSLItemData retrieveItem(String id) {
			return (this.data != null && this.data.getId().equals(id)) ? this.data : null;
		}

		@Override
		public Collection<String> getIds() {
			return (this.data != null) ? List.of(this.data.getId()) : List.of();
		}

	}

}
