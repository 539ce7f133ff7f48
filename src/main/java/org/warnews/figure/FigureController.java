package org.warnews.figure;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Competing figures side by side: one chart and one table per metric, each figure with its claimant and date. */
@Controller
class FigureController {

	private final FigureRepository figures;

	FigureController(FigureRepository figures) {
		this.figures = figures;
	}

	@GetMapping("/figures")
	String figures(Model model) {
		model.addAttribute("charts", FigureChart.byMetric(this.figures.findAllByMetric()));
		return "figure/figures";
	}

}
