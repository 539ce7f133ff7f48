package org.warnews.source;

import org.warnews.model.Item;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface ItemRepository extends Repository<Item, Integer> {

	@EntityGraph(attributePaths = "source")
	Optional<Item> findBySlug(String slug);

}
