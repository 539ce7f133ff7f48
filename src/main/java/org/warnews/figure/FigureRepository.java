package org.warnews.figure;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface FigureRepository extends Repository<Figure, Integer> {

	/** The ranking behind "the newest figures of each metric": by when the claim was said, then by id. */
	String RANKED = "SELECT id, metric, total FROM (SELECT f.id, f.metric, count(*) OVER w AS total, "
			+ "row_number() OVER (w ORDER BY c.said_on DESC, f.id) AS n FROM figure f JOIN claim c ON c.id = f.claim_id ";

	String RANKED_END = " WINDOW w AS (PARTITION BY f.metric)) ranked WHERE n <= :perMetric";

	/** A figure picked among the newest of its metric, with how many figures that metric has in all. */
	interface Ranked {

		Integer getId();

		String getMetric();

		Long getTotal();

	}

	/** The newest {@code perMetric} figures of every metric. */
	@Query(value = RANKED + RANKED_END, nativeQuery = true)
	List<Ranked> findNewestPerMetric(int perMetric);

	/** The newest {@code perMetric} figures of these metrics, leaving out the claim {@code claimId}'s own. */
	@Query(value = RANKED + "WHERE f.metric IN (:metrics) AND f.claim_id <> :claimId" + RANKED_END, nativeQuery = true)
	List<Ranked> findNewestPerMetricIn(Collection<String> metrics, int claimId, int perMetric);

	/** These figures with their claim and claimant, grouped by metric, newest claim first. */
	@EntityGraph(attributePaths = { "claim", "claim.actor" })
	@Query("SELECT f FROM Figure f WHERE f.id IN :ids ORDER BY f.metricLabel, f.metric, f.claim.saidOn DESC, f.id")
	List<Figure> findWithClaimByIdIn(Collection<Integer> ids);

	/** One page of the figures (of one metric, or of all), grouped by metric, newest claim first. */
	@EntityGraph(attributePaths = { "claim", "claim.actor" })
	@Query(value = "SELECT f FROM Figure f WHERE (:metric IS NULL OR f.metric = :metric) "
			+ "ORDER BY f.metricLabel, f.metric, f.claim.saidOn DESC, f.id",
			countQuery = "SELECT count(f) FROM Figure f WHERE (:metric IS NULL OR f.metric = :metric)")
	Page<Figure> findPage(String metric, Pageable pageable);

	/** The figures ranked, loaded in one statement, with each metric's total count. */
	default NewestFigures load(List<Ranked> ranked) {
		if (ranked.isEmpty()) {
			return new NewestFigures(List.of(), Map.of());
		}
		Map<String, Long> totals = ranked.stream()
			.collect(Collectors.toMap(Ranked::getMetric, Ranked::getTotal, (a, b) -> a));
		return new NewestFigures(findWithClaimByIdIn(ranked.stream().map(Ranked::getId).toList()), totals);
	}

	/** Figures in display order, and how many each metric has in all (more than are shown, for busy metrics). */
	record NewestFigures(List<Figure> figures, Map<String, Long> totals) {
	}

}
