package org.warnews.model;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;

/** A typed link from one claim to another, as the editors wrote it under the first (see {@link RelationType}). */
@Entity
@Immutable
public class ClaimRelation {

	@Id
	private Integer id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "from_claim_id")
	private Claim from;

	@Convert(converter = RelationType.Column.class)
	private RelationType type;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "to_claim_id")
	private Claim to;

	protected ClaimRelation() {
	}

	public Integer getId() {
		return this.id;
	}

	public Claim getFrom() {
		return this.from;
	}

	public RelationType getType() {
		return this.type;
	}

	public Claim getTo() {
		return this.to;
	}

	/** The relation as one of its claims reads it: the wording and the other claim. */
	public Related seenFrom(Claim claim) {
		boolean forward = this.from.getId().equals(claim.getId());
		return new Related(this.type, forward, forward ? this.type.getWording() : this.type.getInverseWording(),
				forward ? this.to : this.from);
	}

	/**
	 * A relation seen from one of its claims.
	 * @param forward whether the claim seen from carries the relation (it "restates"), or is its target ("is
	 * restated by")
	 * @param wording the type as the claim seen from reads it
	 * @param other the claim at the other end
	 */
	public record Related(RelationType type, boolean forward, String wording, Claim other) {
	}

}
