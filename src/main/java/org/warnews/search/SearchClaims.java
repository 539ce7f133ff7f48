package org.warnews.search;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

import org.warnews.claim.Claim;

/** Loads the claims of a result page with what their cards show, in one query. */
interface SearchClaims extends Repository<Claim, Integer> {

	@EntityGraph(attributePaths = { "actor", "topics" })
	List<Claim> findByIdIn(Collection<Integer> ids);

}
