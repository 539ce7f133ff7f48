package org.warnews.api;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.warnews.source.Item;

interface ApiItems extends Repository<Item, Integer> {

	@Query("SELECT i FROM Item i JOIN FETCH i.source s ORDER BY s.publishedOn DESC, s.id DESC, i.position")
	List<Item> findAllWithSource();

	@Query("SELECT i FROM Item i JOIN FETCH i.source WHERE i.slug = :slug")
	Optional<Item> findBySlug(String slug);

}
