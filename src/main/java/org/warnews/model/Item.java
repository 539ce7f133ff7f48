package org.warnews.model;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;

/** One story within a source: a heading and a span of the source text. */
@Entity
@Immutable
public class Item {

	@Id
	private Integer id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Source source;

	private int position;

	private String slug;

	private String heading;

	private int headingStart;

	private int spanStart;

	private int spanEnd;

	/** When the row last changed (set by the database: see V20). */
	private Instant updatedAt;

	protected Item() {
	}

	public Integer getId() {
		return this.id;
	}

	public Source getSource() {
		return this.source;
	}

	public int getPosition() {
		return this.position;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getHeading() {
		return this.heading;
	}

	public int getHeadingStart() {
		return this.headingStart;
	}

	public int getSpanStart() {
		return this.spanStart;
	}

	public int getSpanEnd() {
		return this.spanEnd;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
