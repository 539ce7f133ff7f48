package org.warnews.discovery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.warnews.model.Claim;
import org.warnews.model.Item;

/** What the feed and the sitemap need: slugs and update times, read without loading whole pages. */
interface DiscoveryQueries extends Repository<Claim, Integer> {

	@Query("SELECT c.id FROM Claim c ORDER BY c.updatedAt DESC, c.id DESC")
	List<Integer> findNewestClaimIds(Limit limit);

	@EntityGraph(attributePaths = { "actor", "item", "item.source", "topics" })
	@Query("SELECT c FROM Claim c WHERE c.id IN :ids")
	List<Claim> findWithTopicsByIdIn(Collection<Integer> ids);

	@Query("SELECT i FROM Item i JOIN FETCH i.source ORDER BY i.updatedAt DESC, i.id DESC")
	List<Item> findNewestItems(Limit limit);

	@Query("SELECT count(c) FROM Claim c")
	long countClaims();

	@Query("SELECT new org.warnews.discovery.PageDate(c.slug, c.updatedAt) FROM Claim c ORDER BY c.id")
	List<PageDate> findClaimPages(Pageable pageable);

	@Query("SELECT new org.warnews.discovery.PageDate(s.slug, s.updatedAt) FROM Source s ORDER BY s.id")
	List<PageDate> findSourcePages();

	@Query("SELECT new org.warnews.discovery.PageDate(i.slug, i.updatedAt) FROM Item i ORDER BY i.id")
	List<PageDate> findItemPages();

	/** Each item's source, so a source page counts as changed when one of its items does. */
	@Query("SELECT new org.warnews.discovery.PageDate(i.source.slug, max(i.updatedAt)) FROM Item i GROUP BY i.source.slug")
	List<PageDate> findLatestItemBySource();

	@Query("SELECT new org.warnews.discovery.PageDate(c.item.slug, max(c.updatedAt)) FROM Claim c GROUP BY c.item.slug")
	List<PageDate> findLatestClaimByItem();

	@Query("SELECT new org.warnews.discovery.PageDate(c.item.source.slug, max(c.updatedAt)) FROM Claim c GROUP BY c.item.source.slug")
	List<PageDate> findLatestClaimBySource();

	@Query("SELECT new org.warnews.discovery.PageDate(t.slug, max(c.updatedAt)) FROM Claim c JOIN c.topics t GROUP BY t.slug")
	List<PageDate> findLatestClaimByTopic();

	@Query("SELECT new org.warnews.discovery.PageDate(c.actor.slug, max(c.updatedAt)) FROM Claim c GROUP BY c.actor.slug")
	List<PageDate> findLatestClaimByActor();

	@Query("SELECT t.slug FROM Topic t ORDER BY t.slug")
	List<String> findTopicSlugs();

	@Query("SELECT a.slug FROM Actor a ORDER BY a.slug")
	List<String> findActorSlugs();

	@Query("SELECT max(c.updatedAt) FROM Claim c")
	Optional<Instant> findLatestClaimUpdate();

	@Query("SELECT max(i.updatedAt) FROM Item i")
	Optional<Instant> findLatestItemUpdate();

	@Query("SELECT max(s.updatedAt) FROM Source s")
	Optional<Instant> findLatestSourceUpdate();

}
