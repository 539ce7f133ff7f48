package org.warnews.figure;

import org.warnews.model.Figure;

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

	/**
	 * The newest figures of each metric, by when their claim was said (kept on the figure, with an index: V32), then by
	 * id; with how many figures each metric has in all. Between COUNTED and NEWEST: which figures are counted; between
	 * NEWEST and NEWEST_END: which are picked.
	 */
	String COUNTED = "SELECT f.id, m.metric, m.total FROM (SELECT metric, count(*) AS total FROM figure ";

	String NEWEST = " GROUP BY metric) m, LATERAL (SELECT id FROM figure f WHERE f.metric = m.metric ";

	String NEWEST_END = " ORDER BY f.said_on DESC, f.id LIMIT :perMetric) f";

	/** A figure picked among the newest of its metric, with how many figures that metric has in all. */
	interface Ranked {

		Integer getId();

		String getMetric();

		Long getTotal();

	}

	/** The newest {@code perMetric} figures of every metric. */
	@Query(value = COUNTED + NEWEST + NEWEST_END, nativeQuery = true)
	List<Ranked> findNewestPerMetric(int perMetric);

	/** The newest {@code perMetric} figures of these metrics, leaving out the claim {@code claimId}'s own. */
	@Query(value = COUNTED + "WHERE metric IN (:metrics) AND claim_id <> :claimId" + NEWEST + "AND f.claim_id <> :claimId"
			+ NEWEST_END, nativeQuery = true)
	List<Ranked> findNewestPerMetricIn(Collection<String> metrics, int claimId, int perMetric);

	/** These figures with their claim and claimant, grouped by metric, newest claim first. */
	@EntityGraph(attributePaths = { "claim", "claim.actor" })
	@Query("SELECT f FROM Figure f WHERE f.id IN :ids ORDER BY f.metricLabel, f.metric, f.claim.saidOn DESC, f.id")
	List<Figure> findWithClaimByIdIn(Collection<Integer> ids);

	/** One page of the figures (of one metric, or of all), grouped by metric, newest claim first, with their source. */
	@EntityGraph(attributePaths = { "claim", "claim.actor", "claim.item", "claim.item.source" })
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
