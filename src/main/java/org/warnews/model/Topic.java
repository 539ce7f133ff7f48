package org.warnews.model;

import jakarta.persistence.Entity;
import org.hibernate.annotations.Immutable;

/** A subject that claims are filed under. */
@Entity
@Immutable
public class Topic extends NamedEntity {

	protected Topic() {
	}

}
