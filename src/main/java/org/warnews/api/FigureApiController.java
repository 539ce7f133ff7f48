package org.warnews.api;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import org.warnews.figure.FigureRepository;
import org.warnews.model.Figure;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.meta.SiteUrls;
import org.warnews.web.paging.Pager;

@Tag(name = "Figures", description = "Numbers inside claims, each with its claimant, qualifier, unit and period")
@Responds(ResponseKind.API)
@RestController
@RequestMapping(path = ApiJson.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class FigureApiController {

	private final FigureRepository figures;

	private final ApiPaging paging;

	FigureApiController(FigureRepository figures, ApiPaging paging) {
		this.figures = figures;
		this.paging = paging;
	}

	@Operation(summary = "Figures, by metric, paged",
			description = "Competing figures for one metric, side by side. Figures of different metrics count "
					+ "different things and must not be added up or merged.")
	@GetMapping("/figures")
	FigureList figures(@Parameter(description = "Only this metric (its slug), e.g. russian-killed")
	@RequestParam(required = false) String metric,
			@Parameter(description = "Page number, from 1",
					schema = @Schema(minimum = "1", defaultValue = "1")) @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Figures per page", schema = @Schema(minimum = "1", maximum = "200",
					defaultValue = "50")) @RequestParam(defaultValue = "50") int size,
			SiteUrls urls) {
		if (metric != null && !metric.matches("[a-z0-9][a-z0-9-]{0,119}")) {
			throw new BadParameterException("Parameter 'metric' must be a slug: lower-case letters, digits and hyphens");
		}
		Page<Figure> found = this.figures.findPage(metric, this.paging.request(page, size));
		ApiJson json = new ApiJson(urls);
		UriComponentsBuilder list = UriComponentsBuilder.fromUriString(json.api("/figures"))
			.queryParamIfPresent("metric", Optional.ofNullable(metric));
		Pager pager = ApiPaging.pager(found, list);
		return new FigureList(page, size, pager.total(), pager.pages(), pager.next(), pager.previous(),
				found.getContent().stream().map(figure -> json.figure(figure, json.claimRef(figure.getClaim()))).toList());
	}

}
