package org.warnews.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.warnews.model.Claim;

/**
 * The API's claim queries. A page is read in two steps, ids first and then the claims with their topics and
 * figures, so the database pages (not memory) and nothing is loaded lazily.
 */
interface ApiQueries extends Repository<Claim, Integer> {

	String FILTER = """
			FROM Claim c WHERE (:actor IS NULL OR c.actor.slug = :actor) AND (:kind IS NULL OR c.kind = :kind)
			AND (:topic IS NULL OR EXISTS (SELECT 1 FROM Claim t0 JOIN t0.topics t WHERE t0 = c AND t.slug = :topic))""";

	@Query(value = "SELECT c.id " + FILTER
			+ " ORDER BY c.item.source.publishedOn DESC, c.item.source.id DESC, c.item.position, c.quoteStart, c.id",
			countQuery = "SELECT count(c) " + FILTER)
	Page<Integer> findIds(String topic, String actor, String kind, Pageable pageable);

	@EntityGraph(attributePaths = { "actor", "item", "item.source", "topics", "figures" })
	@Query("SELECT c FROM Claim c WHERE c.id IN :ids")
	List<Claim> findWithDetailsByIdIn(Collection<Integer> ids);

	@Query("SELECT c.id FROM Claim c ORDER BY c.id")
	List<Integer> findAllIds();

	@Query("SELECT c.id FROM Claim c WHERE c.item.slug = :item ORDER BY c.quoteStart, c.id")
	List<Integer> findIdsByItem(String item);

	/** The claims with these ids, fully loaded, in the order of the ids. */
	default List<Claim> findInOrder(List<Integer> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Integer, Claim> byId = findWithDetailsByIdIn(ids).stream()
			.collect(Collectors.toMap(Claim::getId, Function.identity()));
		return ids.stream().map(byId::get).toList();
	}

}
