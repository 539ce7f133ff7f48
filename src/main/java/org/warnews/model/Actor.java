package org.warnews.model;

import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Whoever makes claims: a person, an organisation, a state, or the publication itself. */
@Entity
@Immutable
public class Actor extends NamedEntity {

	@Convert(converter = ActorKind.Column.class)
	private ActorKind kind;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> aliases;

	protected Actor() {
	}

	public ActorKind getKind() {
		return this.kind;
	}

	public List<String> getAliases() {
		return this.aliases;
	}

}
