package org.warnews.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.Immutable;

/** A news article stored verbatim, byte for byte as the file it came from. */
@Entity
@Immutable
public class Source {

	/** What the annotation says of a publication the text does not name: said, never guessed. */
	public static final String OUTLET_NOT_NAMED = "not named in the text";

	@Id
	private Integer id;

	private String slug;

	private String headline;

	private String standfirst;

	private LocalDate publishedOn;

	private String body;

	private String sha256;

	/** Where the text comes from, as its annotation says; null is "not known". */
	private String outlet;

	private String originalUrl;

	private String archivedUrl;

	private LocalDate retrievedOn;

	/** When the row last changed (set by the database: see V20). */
	private Instant updatedAt;

	@OneToMany(mappedBy = "source")
	@OrderBy("position")
	private List<Item> items;

	protected Source() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getHeadline() {
		return this.headline;
	}

	public String getStandfirst() {
		return this.standfirst;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	/** e.g. "13 June 2025", in the one day format of the site. */
	public String getPublishedOnLabel() {
		return DatePrecision.DAY.label(this.publishedOn);
	}

	public String getBody() {
		return this.body;
	}

	public String getSha256() {
		return this.sha256;
	}

	/** The publication, or {@link #OUTLET_NOT_NAMED}. */
	public String getOutlet() {
		return this.outlet;
	}

	/** Whether the text names the publication it appeared in. */
	public boolean isOutletNamed() {
		return this.outlet != null && !OUTLET_NOT_NAMED.equals(this.outlet);
	}

	public String getOriginalUrl() {
		return this.originalUrl;
	}

	public String getArchivedUrl() {
		return this.archivedUrl;
	}

	public LocalDate getRetrievedOn() {
		return this.retrievedOn;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public List<Item> getItems() {
		return this.items;
	}

}
