package org.warnews.model;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A record readers look up by name, with a page of its own at its slug: a topic or a claimant. */
@MappedSuperclass
public abstract class NamedEntity {

	@Id
	private Integer id;

	private String slug;

	private String name;

	private String description;

	protected NamedEntity() {
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
