package org.warnews.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.warnews.model.Claim;
import org.warnews.model.ClaimRelation;
import org.warnews.model.ClaimRelation.Related;

/**
 * The relations between claims, read from either end: a claim's page, the API and the open data show each relation
 * on both of its claims, worded from the claim shown ("restates" on one, "is restated by" on the other).
 */
public interface ClaimRelationRepository extends Repository<ClaimRelation, Integer> {

	/** The order a claim's relations are shown in: those it carries first, then by type, then the other claim. */
	Comparator<Related> ORDER = Comparator.comparing((Related related) -> !related.forward())
		.thenComparing(Related::type)
		.thenComparing(related -> related.other().getSlug());

	@EntityGraph(attributePaths = { "from", "from.actor", "from.item", "from.item.source", "to", "to.actor",
			"to.item", "to.item.source" })
	@Query("SELECT r FROM ClaimRelation r WHERE r.from.id IN :ids OR r.to.id IN :ids")
	List<ClaimRelation> findTouching(Collection<Integer> ids);

	/** The relations of one claim, seen from it. */
	default List<Related> of(Claim claim) {
		return findTouching(List.of(claim.getId())).stream().map(r -> r.seenFrom(claim)).sorted(ORDER).toList();
	}

	/** The relations of each of these claims (by id), seen from it; a claim without any is left out. */
	default Map<Integer, List<Related>> of(Collection<Claim> claims) {
		Map<Integer, Claim> byId = new HashMap<>();
		claims.forEach(claim -> byId.put(claim.getId(), claim));
		Map<Integer, List<Related>> related = new HashMap<>();
		if (byId.isEmpty()) {
			return related;
		}
		for (ClaimRelation relation : findTouching(byId.keySet())) {
			for (Claim end : List.of(relation.getFrom(), relation.getTo())) {
				Claim claim = byId.get(end.getId());
				if (claim != null) {
					related.computeIfAbsent(claim.getId(), id -> new ArrayList<>()).add(relation.seenFrom(claim));
				}
			}
		}
		related.values().forEach(list -> list.sort(ORDER));
		return related;
	}

}
