package org.warnews.discovery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.warnews.claim.PageDate;
import org.warnews.model.Item;

/**
 * What the feed and the sitemap need of sources, items, topics and claimants: slugs and update times, read without
 * loading whole pages. Their claims come from {@link org.warnews.claim.ClaimRepository}.
 */
interface DiscoveryQueries extends Repository<Item, Integer> {

	@Query("SELECT i FROM Item i JOIN FETCH i.source ORDER BY i.updatedAt DESC, i.id DESC")
	List<Item> findNewestItems(Limit limit);

	@Query("SELECT new org.warnews.claim.PageDate(s.slug, s.updatedAt) FROM Source s ORDER BY s.id")
	List<PageDate> findSourcePages();

	@Query("SELECT new org.warnews.claim.PageDate(i.slug, i.updatedAt) FROM Item i ORDER BY i.id")
	List<PageDate> findItemPages();

	/** Each item's source, so a source page counts as changed when one of its items does. */
	@Query("SELECT new org.warnews.claim.PageDate(i.source.slug, max(i.updatedAt)) FROM Item i GROUP BY i.source.slug")
	List<PageDate> findLatestItemBySource();

	@Query("SELECT t.slug FROM Topic t ORDER BY t.slug")
	List<String> findTopicSlugs();

	@Query("SELECT a.slug FROM Actor a ORDER BY a.slug")
	List<String> findActorSlugs();

	/** The measures, each with a page of its figures. */
	@Query("SELECT DISTINCT f.metric FROM Figure f ORDER BY f.metric")
	List<String> findMetrics();

	@Query("SELECT max(i.updatedAt) FROM Item i")
	Optional<Instant> findLatestItemUpdate();

	@Query("SELECT max(s.updatedAt) FROM Source s")
	Optional<Instant> findLatestSourceUpdate();

}
