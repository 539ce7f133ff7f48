package org.warnews.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** A subject that claims are filed under. */
@Entity
@Immutable
public class Topic {

	@Id
	private Integer id;

	private String slug;

	private String name;

	private String description;

	protected Topic() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

}
