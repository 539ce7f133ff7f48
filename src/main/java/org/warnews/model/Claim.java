package org.warnews.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.Immutable;

/**
 * One attributable assertion: who claims what, when and how, with the exact quote span in the source.
 */
@Entity
@Immutable
public class Claim {

	/** The kinds of claim, as the database's check constraint on claim.kind lists them. */
	public static final List<String> KINDS = List.of("figure", "assertion", "plan", "hope", "call", "event",
			"characterisation");

	@Id
	private Integer id;

	private String slug;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Item item;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Actor actor;

	private String kind;

	private String summary;

	private String quote;

	private int quoteStart;

	private int quoteEnd;

	private boolean directQuote;

	private LocalDate saidOn;

	@Convert(converter = DatePrecision.Column.class)
	private DatePrecision saidOnPrecision;

	private String saidOnPhrase;

	private String saidOnInference;

	/** The first and last day the claim may have been made on, from its date and precision (V36); null: not known. */
	private LocalDate saidFrom;

	private LocalDate saidTo;

	private String via;

	/** When the row last changed (set by the database: see V20). */
	private Instant updatedAt;

	@ManyToMany
	@JoinTable(name = "claim_topic", joinColumns = @JoinColumn(name = "claim_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	@OrderBy("name")
	private Set<Topic> topics;

	@OneToMany(mappedBy = "claim")
	@OrderBy("id")
	private List<Figure> figures;

	protected Claim() {
	}

	/** The date as precisely as the source allows, e.g. "12 June 2025", "February 2022". */
	public String getSaidOnLabel() {
		return this.saidOnPrecision.label(this.saidOn);
	}

	public Integer getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public Item getItem() {
		return this.item;
	}

	public Actor getActor() {
		return this.actor;
	}

	public String getKind() {
		return this.kind;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getQuote() {
		return this.quote;
	}

	public int getQuoteStart() {
		return this.quoteStart;
	}

	public int getQuoteEnd() {
		return this.quoteEnd;
	}

	public boolean isDirectQuote() {
		return this.directQuote;
	}

	public LocalDate getSaidOn() {
		return this.saidOn;
	}

	public DatePrecision getSaidOnPrecision() {
		return this.saidOnPrecision;
	}

	public String getSaidOnPhrase() {
		return this.saidOnPhrase;
	}

	public String getSaidOnInference() {
		return this.saidOnInference;
	}

	public LocalDate getSaidFrom() {
		return this.saidFrom;
	}

	public LocalDate getSaidTo() {
		return this.saidTo;
	}

	public String getVia() {
		return this.via;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** The day of this version of the claim, its last change, as the site writes a day. */
	public String getUpdatedAtLabel() {
		return DatePrecision.DAY.label(LocalDate.ofInstant(this.updatedAt, ZoneOffset.UTC));
	}

	public Set<Topic> getTopics() {
		return this.topics;
	}

	public List<Figure> getFigures() {
		return this.figures;
	}

}
