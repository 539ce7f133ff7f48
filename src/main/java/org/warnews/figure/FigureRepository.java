package org.warnews.figure;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface FigureRepository extends Repository<Figure, Integer> {

	/** Every figure for these metrics with its claim and claimant, to show competing figures side by side. */
	@EntityGraph(attributePaths = { "claim", "claim.actor" })
	@Query("SELECT f FROM Figure f WHERE f.metric IN :metrics ORDER BY f.metricLabel, f.claim.saidOn DESC, f.id")
	List<Figure> findByMetricIn(Collection<String> metrics);

	/** Every figure with its claim and claimant, grouped by metric, newest claim first. */
	@EntityGraph(attributePaths = { "claim", "claim.actor" })
	@Query("SELECT f FROM Figure f ORDER BY f.metricLabel, f.metric, f.claim.saidOn DESC, f.id")
	List<Figure> findAllByMetric();

}
