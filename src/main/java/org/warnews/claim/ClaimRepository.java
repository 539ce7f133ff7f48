package org.warnews.claim;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.warnews.actor.Actor;
import org.warnews.source.Item;
import org.warnews.source.Source;
import org.warnews.topic.Topic;

public interface ClaimRepository extends Repository<Claim, Integer> {

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

	@EntityGraph(attributePaths = { "actor", "item" })
	@Query("SELECT c FROM Claim c JOIN c.topics t WHERE t = :topic ORDER BY c.saidOn DESC, c.item.position, c.quoteStart")
	List<Claim> findByTopic(Topic topic);

	@EntityGraph(attributePaths = { "actor", "item" })
	@Query("SELECT c FROM Claim c WHERE c.actor = :actor ORDER BY c.saidOn DESC, c.item.position, c.quoteStart")
	List<Claim> findByActor(Actor actor);

	@EntityGraph(attributePaths = { "actor" })
	@Query("SELECT c FROM Claim c WHERE c.actor = :actor AND c <> :claim ORDER BY c.saidOn DESC, c.id")
	List<Claim> findOthersByActor(Actor actor, Claim claim, Limit limit);

	@EntityGraph(attributePaths = { "actor" })
	@Query("SELECT DISTINCT c FROM Claim c JOIN c.topics t WHERE t IN :topics AND c <> :claim ORDER BY c.saidOn DESC, c.id")
	List<Claim> findSharingTopics(Claim claim, Collection<Topic> topics, Limit limit);

	@Query("SELECT new org.warnews.claim.ClaimCount(t.slug, count(c)) FROM Claim c JOIN c.topics t GROUP BY t.slug")
	List<ClaimCount> countByTopic();

	@Query("SELECT new org.warnews.claim.ClaimCount(c.actor.slug, count(c)) FROM Claim c GROUP BY c.actor.slug")
	List<ClaimCount> countByActor();

}
