package org.warnews.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.warnews.figure.Figure;
import org.warnews.figure.FigureRepository;

@Tag(name = "Figures", description = "Numbers inside claims, each with its claimant, qualifier, unit and period")
@RestController
@RequestMapping(path = ApiJson.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class FigureApiController {

	private final FigureRepository figures;

	FigureApiController(FigureRepository figures) {
		this.figures = figures;
	}

	@Operation(summary = "Figures, by metric",
			description = "Competing figures for one metric, side by side. Figures of different metrics count "
					+ "different things and must not be added up or merged.")
	@GetMapping("/figures")
	FigureList figures(@Parameter(description = "Only this metric (its slug), e.g. russian-killed")
	@RequestParam(required = false) String metric) {
		if (metric != null && !metric.matches("[a-z0-9][a-z0-9-]{0,119}")) {
			throw new BadParameterException("Parameter 'metric' must be a slug: lower-case letters, digits and hyphens");
		}
		List<Figure> found = (metric == null) ? this.figures.findAllByMetric()
				: this.figures.findByMetricIn(List.of(metric));
		ApiJson json = ApiJson.current();
		return new FigureList(found.stream().map(figure -> json.figure(figure, json.claimRef(figure.getClaim()))).toList());
	}

}
