package org.warnews.model;

import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Whoever makes claims: a person, an organisation, a state, or the publication itself. */
@Entity
@Immutable
public class Actor {

	@Id
	private Integer id;

	private String slug;

	private String name;

	@Convert(converter = ActorKind.Column.class)
	private ActorKind kind;

	private String description;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> aliases;

	protected Actor() {
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

	public ActorKind getKind() {
		return this.kind;
	}

	public String getDescription() {
		return this.description;
	}

	public List<String> getAliases() {
		return this.aliases;
	}

}
