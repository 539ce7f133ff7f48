package org.warnews.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.support.PageableExecutionUtils;

import org.warnews.model.Actor;
import org.warnews.model.Claim;
import org.warnews.model.Item;
import org.warnews.model.Source;
import org.warnews.model.Topic;

/**
 * Every query of claims, for the pages, the API, the open data, the feed and the sitemap (search has its own index:
 * see {@code org.warnews.search}). Where a page of claims is read with their collections, it is read in two steps,
 * ids first and then the claims, so that the database pages (not memory) and nothing is loaded lazily.
 */
public interface ClaimRepository extends Repository<Claim, Integer> {

	/**
	 * The filters of the API and the timeline: a topic's and a claimant's slug, a kind, and a range of days; null for
	 * any. A claim is in the range when the days it may have been made on overlap it ({@code DateRange.RULE}):
	 * said_from is null when the first such day is not known.
	 */
	String FILTERED = """
			FROM Claim c WHERE (:actor IS NULL OR c.actor.slug = :actor) AND (:kind IS NULL OR c.kind = :kind)
			AND (:topic IS NULL OR EXISTS (SELECT 1 FROM Claim t0 JOIN t0.topics t WHERE t0 = c AND t.slug = :topic))
			AND (CAST(:fromDay AS LocalDate) IS NULL OR c.saidTo >= :fromDay)
			AND (CAST(:toDay AS LocalDate) IS NULL OR c.saidFrom IS NULL OR c.saidFrom <= :toDay)""";

	@EntityGraph(attributePaths = { "actor", "item", "item.source", "topics", "figures" })
	Optional<Claim> findBySlug(String slug);

	/** The current slug of a claim that was renamed, so its old URL can answer 301. */
	@Query(value = "SELECT c.slug FROM slug_redirect r JOIN claim c ON c.id = r.claim_id WHERE r.old_slug = :oldSlug",
			nativeQuery = true)
	Optional<String> findCurrentSlug(String oldSlug);

	/** The slug of the claim with this id, for its short permanent URL /c/{id}. */
	@Query("SELECT c.slug FROM Claim c WHERE c.id = :id")
	Optional<String> findSlugById(int id);

	@EntityGraph(attributePaths = { "actor", "item" })
	@Query("SELECT c FROM Claim c WHERE c.item.source IN :sources ORDER BY c.item.position, c.quoteStart")
	List<Claim> findBySources(Collection<Source> sources);

	@EntityGraph(attributePaths = { "actor", "topics" })
	@Query("SELECT c FROM Claim c WHERE c.item = :item ORDER BY c.quoteStart")
	List<Claim> findByItem(Item item);

	/**
	 * A page of a topic's claims, newest first; on the same day in text order (items of a source are numbered in
	 * text order). Index claim_newest_idx (V31) serves the order, so a page reads only the claims it skips and shows.
	 */
	@EntityGraph(attributePaths = { "actor", "item" })
	@Query("SELECT c FROM Claim c JOIN c.topics t WHERE t = :topic ORDER BY c.saidOn DESC, c.item.id, c.quoteStart, c.id")
	List<Claim> findByTopic(Topic topic, Pageable pageable);

	/** Counted on the link table alone: the claims themselves need not be read. */
	@Query(value = "SELECT count(*) FROM claim_topic WHERE topic_id = :topicId", nativeQuery = true)
	long countInTopic(int topicId);

	/** A page of a claimant's claims, in the order of {@link #findByTopic}; served by claim_actor_newest_idx (V31). */
	@EntityGraph(attributePaths = { "actor", "item" })
	@Query("SELECT c FROM Claim c WHERE c.actor = :actor ORDER BY c.saidOn DESC, c.item.id, c.quoteStart, c.id")
	List<Claim> findByActor(Actor actor, Pageable pageable);

	@Query("SELECT count(c) FROM Claim c WHERE c.actor = :actor")
	long countOfActor(Actor actor);

	/** A page of a topic's claims, counted only when there is more than one page. */
	default Page<Claim> pageByTopic(Topic topic, Pageable pageable) {
		return PageableExecutionUtils.getPage(findByTopic(topic, pageable), pageable, () -> countInTopic(topic.getId()));
	}

	/** A page of a claimant's claims, counted only when there is more than one page. */
	default Page<Claim> pageByActor(Actor actor, Pageable pageable) {
		return PageableExecutionUtils.getPage(findByActor(actor, pageable), pageable, () -> countOfActor(actor));
	}

	@EntityGraph(attributePaths = { "actor" })
	@Query("SELECT c FROM Claim c WHERE c.actor = :actor AND c <> :claim ORDER BY c.saidOn DESC, c.id")
	List<Claim> findOthersByActor(Actor actor, Claim claim, Limit limit);

	@EntityGraph(attributePaths = { "actor" })
	@Query("SELECT DISTINCT c FROM Claim c JOIN c.topics t WHERE t IN :topics AND c <> :claim ORDER BY c.saidOn DESC, c.id")
	List<Claim> findSharingTopics(Claim claim, Collection<Topic> topics, Limit limit);

	/**
	 * How many claims each topic has. Counted once per run: content changes only with a deployment, and the count
	 * reads every claim (at 100,000 claims, 10 ms for each rendering of the topic lists, page and API).
	 */
	@Cacheable("claimsPerTopic")
	@Query("SELECT new org.warnews.claim.ClaimCount(t.slug, count(c)) FROM Claim c JOIN c.topics t GROUP BY t.slug")
	List<ClaimCount> countByTopic();

	/** How many claims each claimant has, counted once per run like {@link #countByTopic()}. */
	@Cacheable("claimsPerActor")
	@Query("SELECT new org.warnews.claim.ClaimCount(c.actor.slug, count(c)) FROM Claim c GROUP BY c.actor.slug")
	List<ClaimCount> countByActor();

	/** The ids of a page of claims, newest source first and in text order within it, filtered as {@link #FILTERED}. */
	@Query(value = "SELECT c.id " + FILTERED
			+ " ORDER BY c.item.source.publishedOn DESC, c.item.source.id DESC, c.item.position, c.quoteStart, c.id",
			countQuery = "SELECT count(c) " + FILTERED)
	Page<Integer> findIds(String topic, String actor, String kind, LocalDate fromDay, LocalDate toDay,
			Pageable pageable);

	/**
	 * The ids of a page of the timeline: filtered as {@link #FILTERED}, in the order of {@link #findByTopic} (when
	 * they were said, newest first), which index claim_newest_idx (V31) serves.
	 */
	@Query(value = "SELECT c.id " + FILTERED + " ORDER BY c.saidOn DESC, c.item.id, c.quoteStart, c.id",
			countQuery = "SELECT count(c) " + FILTERED)
	Page<Integer> findTimelineIds(String topic, String actor, String kind, LocalDate fromDay, LocalDate toDay,
			Pageable pageable);

	@EntityGraph(attributePaths = { "actor", "item", "item.source", "topics", "figures" })
	@Query("SELECT c FROM Claim c WHERE c.id IN :ids")
	List<Claim> findWithDetailsByIdIn(Collection<Integer> ids);

	@Query("SELECT c.id FROM Claim c ORDER BY c.id")
	List<Integer> findAllIds();

	@Query("SELECT c.id FROM Claim c WHERE c.item.slug = :item ORDER BY c.quoteStart, c.id")
	List<Integer> findIdsByItem(String item);

	/** The claims with these ids, with everything they hold, in the order of the ids. */
	default List<Claim> findInOrder(List<Integer> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Integer, Claim> byId = findWithDetailsByIdIn(ids).stream()
			.collect(Collectors.toMap(Claim::getId, Function.identity()));
		return ids.stream().map(byId::get).toList();
	}

	/** The claims that changed last, for the feed. */
	@Query("SELECT c.id FROM Claim c ORDER BY c.updatedAt DESC, c.id DESC")
	List<Integer> findNewestClaimIds(Limit limit);

	/** These claims as the feed shows them: with their claimant, source and topics, without their figures. */
	@EntityGraph(attributePaths = { "actor", "item", "item.source", "topics" })
	@Query("SELECT c FROM Claim c WHERE c.id IN :ids")
	List<Claim> findWithTopicsByIdIn(Collection<Integer> ids);

	@Query("SELECT count(c) FROM Claim c")
	long countClaims();

	/** A page of the claims' pages, for the sitemap: slugs and when each claim changed, read without the claims. */
	@Query("SELECT new org.warnews.claim.PageDate(c.slug, c.updatedAt) FROM Claim c ORDER BY c.id")
	List<PageDate> findClaimPages(Pageable pageable);

	/** When each item's claims last changed, so that the item's page counts as changed too. */
	@Query("SELECT new org.warnews.claim.PageDate(c.item.slug, max(c.updatedAt)) FROM Claim c GROUP BY c.item.slug")
	List<PageDate> findLatestClaimByItem();

	@Query("SELECT new org.warnews.claim.PageDate(c.item.source.slug, max(c.updatedAt)) FROM Claim c GROUP BY c.item.source.slug")
	List<PageDate> findLatestClaimBySource();

	@Query("SELECT new org.warnews.claim.PageDate(t.slug, max(c.updatedAt)) FROM Claim c JOIN c.topics t GROUP BY t.slug")
	List<PageDate> findLatestClaimByTopic();

	@Query("SELECT new org.warnews.claim.PageDate(c.actor.slug, max(c.updatedAt)) FROM Claim c GROUP BY c.actor.slug")
	List<PageDate> findLatestClaimByActor();

	@Query("SELECT max(c.updatedAt) FROM Claim c")
	Optional<Instant> findLatestClaimUpdate();

}
