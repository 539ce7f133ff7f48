package org.warnews.claim;

import org.warnews.model.Source;

/**
 * The one wording of where a claim was reported, for citations, the feed and the open data: the article's headline
 * in quotation marks and the day it was published.
 */
public final class Attribution {

	private Attribution() {
	}

	/** e.g. {@code “Ukraine-Russia war latest”, 13 June 2025}. */
	public static String article(Source source) {
		return "“" + source.getHeadline() + "”, " + source.getPublishedOnLabel();
	}

	/** e.g. {@code “Ukraine-Russia war latest” (13 June 2025)}. */
	public static String articleDatedInBrackets(Source source) {
		return "“" + source.getHeadline() + "” (" + source.getPublishedOnLabel() + ")";
	}

}
