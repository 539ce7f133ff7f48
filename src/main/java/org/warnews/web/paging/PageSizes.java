package org.warnews.web.paging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one page shows, so that every page stays small however large the reference grows. Settable (as
 * {@code warnews.pages.*}) so that a test can page through the small first source without a second application
 * context.
 */
@ConfigurationProperties("warnews.pages")
public class PageSizes {

	/** Claims per page of a topic or a claimant. */
	private int claims = 50;

	/** Sources per page of the index of sources. */
	private int sources = 50;

	/** Sources shown in full (items and claims) on the home page. */
	private int home = 10;

	/** The newest figures charted per metric on the figures page. */
	private int figuresPerMetric = 50;

	/** The newest figures charted and listed on the page of one measure. */
	private int figuresPerMeasure = 500;

	public int getClaims() {
		return this.claims;
	}

	public void setClaims(int claims) {
		this.claims = claims;
	}

	public int getSources() {
		return this.sources;
	}

	public void setSources(int sources) {
		this.sources = sources;
	}

	public int getHome() {
		return this.home;
	}

	public void setHome(int home) {
		this.home = home;
	}

	public int getFiguresPerMetric() {
		return this.figuresPerMetric;
	}

	public void setFiguresPerMetric(int figuresPerMetric) {
		this.figuresPerMetric = figuresPerMetric;
	}

	public int getFiguresPerMeasure() {
		return this.figuresPerMeasure;
	}

	public void setFiguresPerMeasure(int figuresPerMeasure) {
		this.figuresPerMeasure = figuresPerMeasure;
	}

}
