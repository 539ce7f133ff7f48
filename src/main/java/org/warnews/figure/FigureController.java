package org.warnews.figure;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.warnews.figure.FigureRepository.NewestFigures;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;
import org.warnews.web.paging.PageSizes;

/**
 * Competing figures side by side: one chart and one table per metric, each figure with its claimant and date. A
 * metric shows its newest figures only, so that the page stays readable (and small) however many there are; the
 * API pages through all of them.
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

}
