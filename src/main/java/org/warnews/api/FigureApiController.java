package org.warnews.api;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.warnews.figure.FigureRepository;
import org.warnews.model.Figure;
import org.warnews.web.NotFoundException;
import org.warnews.web.paging.Pager;

import static org.warnews.web.Slugs.SLUG;

@Tag(name = "Figures", description = "Numbers inside claims, each with its claimant, qualifier, unit and period, and "
		+ "its low, best and high values by one rule: a stated number is the best value; \"more than\" or \"at least\" N "
		+ "a floor (low = N); \"up to\" N a ceiling (high = N); \"around\", \"roughly\" or \"about\" N an approximate best "
		+ "value with no range; a range only where the source states one")
@ApiController
class FigureApiController {

	private final FigureRepository figures;

	FigureApiController(FigureRepository figures) {
		this.figures = figures;
	}

	@Operation(summary = "Figures, by metric, paged",
			description = "Competing figures for one metric, side by side. Figures of different metrics count "
					+ "different things and must not be added up or merged.")
	@GetMapping("/figures")
	FigureList figures(@Parameter(description = "Only this metric (its slug), e.g. russian-killed")
	@RequestParam(required = false) String metric,
			ApiPage page,
			ApiJson json) {
		if (metric != null && !metric.matches("[a-z0-9][a-z0-9-]{0,119}")) {
			throw new BadParameterException("Parameter 'metric' must be a slug: lower-case letters, digits and hyphens");
		}
		return list(this.figures.findPage(metric, page.request()), page, json,
				UriComponentsBuilder.fromUriString(json.api("/figures")).queryParamIfPresent("metric", Optional.ofNullable(metric)));
	}

	@Operation(summary = "Every figure of one measure, paged",
			description = "Every claimant's figures for one measure, from every source, newest claim first: the data "
					+ "of the page /figures/{metric}. An unknown measure is a 404.")
	@GetMapping("/figures/" + SLUG)
	FigureList measure(@Parameter(description = "The measure's slug, e.g. russian-killed") @PathVariable String slug,
			ApiPage page,
			ApiJson json) {
		Page<Figure> found = this.figures.findPage(slug, page.request());
		if (found.getTotalElements() == 0) {
			throw new NotFoundException("measure");
		}
		return list(found, page, json, UriComponentsBuilder.fromUriString(json.api("/figures/" + slug)));
	}

	private static FigureList list(Page<Figure> found, ApiPage page, ApiJson json, UriComponentsBuilder list) {
		Pager pager = page.pager(found, list);
		return new FigureList(page.page(), page.size(), pager.total(), pager.pages(), pager.next(), pager.previous(),
				found.getContent().stream().map(figure -> json.figure(figure, json.claimRef(figure.getClaim()))).toList());
	}

}
