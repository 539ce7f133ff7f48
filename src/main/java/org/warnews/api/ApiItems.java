package org.warnews.api;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.warnews.model.Item;

interface ApiItems extends Repository<Item, Integer> {

	@Query(value = "SELECT i FROM Item i JOIN FETCH i.source s ORDER BY s.publishedOn DESC, s.id DESC, i.position",
			countQuery = "SELECT count(i) FROM Item i")
	Page<Item> findPageWithSource(Pageable pageable);

	@Query("SELECT i FROM Item i JOIN FETCH i.source WHERE i.slug = :slug")
	Optional<Item> findBySlug(String slug);

}
