package org.warnews.api;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.warnews.claim.ClaimHistory;
import org.warnews.claim.ClaimRelationRepository;
import org.warnews.claim.ClaimRepository;
import org.warnews.model.Claim;
import org.warnews.model.ClaimRelation.Related;

/** Claims as the API gives them, each with its relations to other claims, read for a whole page at once. */
@Component
class ApiClaims {

	private final ClaimRepository claims;

	private final ClaimRelationRepository relations;

	private final ClaimHistory history;

	ApiClaims(ClaimRepository claims, ClaimRelationRepository relations, ClaimHistory history) {
		this.claims = claims;
		this.relations = relations;
		this.history = history;
	}

	/** The claims with these ids, in their order. */
	List<ClaimJson> inOrder(List<Integer> ids, ApiJson json) {
		List<Claim> found = this.claims.findInOrder(ids);
		Map<Integer, List<Related>> related = this.relations.of(found);
		return found.stream()
			.map(claim -> json.claim(claim, related.getOrDefault(claim.getId(), List.of()), null, null))
			.toList();
	}

	/** One claim, with its version and corrections too. */
	ClaimJson one(Claim claim, ApiJson json) {
		return json.claim(claim, this.relations.of(claim), this.history.currentVersion(claim), this.history.of(claim));
	}

}
