package org.warnews.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface SourceRepository extends Repository<Source, Integer> {

	@EntityGraph(attributePaths = "items")
	Optional<Source> findBySlug(String slug);

	@EntityGraph(attributePaths = "items")
	@Query("SELECT s FROM Source s ORDER BY s.publishedOn DESC, s.id DESC")
	List<Source> findAllNewestFirst();

}
