package org.warnews.figure;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.warnews.figure.FigureRepository.NewestFigures;
import org.warnews.model.Figure;
import org.warnews.web.NotFoundException;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.paging.PageSizes;

/**
 * Competing figures side by side: one chart and one table per metric, each figure with its claimant and date, and a
 * page per measure with all its figures over time. A page shows the newest figures only, so that it stays readable
 * (and small) however many there are; the API pages through all of them.
 */
@Responds(ResponseKind.PAGE)
@Controller
class FigureController {

	private final FigureRepository figures;

	private final PageSizes sizes;

	FigureController(FigureRepository figures, PageSizes sizes) {
		this.figures = figures;
		this.sizes = sizes;
	}

	@GetMapping("/figures")
	String figures(Model model) {
		NewestFigures newest = this.figures.load(this.figures.findNewestPerMetric(this.sizes.getFiguresPerMetric()));
		model.addAttribute("charts", FigureChart.byMetric(newest.figures(), newest.totals()));
		return "figure/figures";
	}

	/** One measure: every claimant's figures for it, from every source, over time; never another measure's. */
	@GetMapping("/figures/{metric}")
	String measure(@PathVariable String metric, Model model) {
		Page<Figure> found = this.figures.findPage(metric, PageRequest.of(0, this.sizes.getFiguresPerMeasure()));
		if (found.isEmpty()) {
			throw new NotFoundException("measure");
		}
		model.addAttribute("chart", MeasureChart.of(found.getContent()));
		model.addAttribute("figures", found.getContent());
		model.addAttribute("total", found.getTotalElements());
		return "figure/measure";
	}

}
