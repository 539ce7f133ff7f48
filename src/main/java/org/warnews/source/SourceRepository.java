package org.warnews.source;

import org.warnews.model.Source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface SourceRepository extends Repository<Source, Integer> {

	@EntityGraph(attributePaths = "items")
	Optional<Source> findBySlug(String slug);

	/** A page of sources, newest first, without their items (for the index of sources). */
	@Query("SELECT s FROM Source s ORDER BY s.publishedOn DESC, s.id DESC")
	Page<Source> findNewestFirst(Pageable pageable);

	/**
	 * A page of source ids, newest first. Sources are paged by id first and then loaded with their items
	 * ({@link #findWithItemsByIdIn}): a page fetched together with a collection would be cut in memory.
	 */
	@Query("SELECT s.id FROM Source s ORDER BY s.publishedOn DESC, s.id DESC")
	Page<Integer> findIdsNewestFirst(Pageable pageable);

	@EntityGraph(attributePaths = "items")
	@Query("SELECT s FROM Source s WHERE s.id IN :ids ORDER BY s.publishedOn DESC, s.id DESC")
	List<Source> findWithItemsByIdIn(Collection<Integer> ids);

}
