package org.warnews.figure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.editorial.WithFixtureSources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.warnews.Pages.html;

/**
 * The page of one measure lists and charts every figure of that measure, from every source (the fixture sources add
 * made-up figures of one measure from three claimants, of every kind and shape), and no figure of another measure.
 */
@WithFixtureSources
class MeasurePageTest {

	private static final String DRONES = "synthetic-example-drones";

	/** "M x yV tip ...": the arrow of a floor or a ceiling starts at its mark and ends at its tip. */
	private static final Pattern ARROW = Pattern.compile("M(\\d+) (-?\\d+)V(-?\\d+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyFigureOfTheMeasureAcrossSourcesIsInTheTableAndOnTheChart() throws Exception {
		Document page = html(this.mvc, "/figures/" + DRONES);
		List<Map<String, Object>> figures = this.jdbc.queryForList("""
				SELECT f.id, c.slug, a.slug AS actor, a.name, s.slug AS source, f.kind
				  FROM figure f JOIN claim c ON c.id = f.claim_id JOIN actor a ON a.id = c.actor_id
				  JOIN item i ON i.id = c.item_id JOIN source s ON s.id = i.source_id
				 WHERE f.metric = ?""", DRONES);
		assertThat(figures).extracting(row -> row.get("source")).as("figures from more than one source")
			.containsOnly("synthetic-second-source", "synthetic-figures-source");
		assertThat(figures).extracting(row -> row.get("kind"))
			.contains("official-claim", "independent-count", "estimate");
		assertThat(page.select("h1").text()).isEqualTo("Example drones counted");
		assertThat(page.select("table.measure-table tbody tr")).hasSize(figures.size());
		assertThat(page.select("svg.chart g.figure-mark")).hasSize(figures.size());
		for (Map<String, Object> figure : figures) {
			Element row = page.getElementById("figure-" + figure.get("id"));
			assertThat(row).as("row of figure %s", figure.get("slug")).isNotNull();
			assertThat(row.select("th a").attr("href")).isEqualTo("/claims/" + figure.get("slug"));
			assertThat(row.select("th").text()).isEqualTo(figure.get("name"));
			assertThat(row.select("a[href=/sources/" + figure.get("source") + "]")).hasSize(1);
			Element mark = page.selectFirst("g.figure-mark[data-figure=" + figure.get("id") + "]");
			assertThat(mark).as("mark of figure %s", figure.get("slug")).isNotNull();
			assertThat(mark.attr("data-claimant")).isEqualTo(figure.get("actor"));
			assertThat(mark.selectFirst("title").text()).startsWith(figure.get("name") + ": ");
			assertThat(page.select("svg.chart desc").text()).contains(mark.selectFirst("title").text());
		}
	}

	@Test
	void eachClaimantHasOneSymbolNamedInTheLegend() throws Exception {
		Document page = html(this.mvc, "/figures/" + DRONES);
		Set<String> claimants = Set.copyOf(this.jdbc.queryForList("""
				SELECT DISTINCT a.slug FROM figure f JOIN claim c ON c.id = f.claim_id JOIN actor a ON a.id = c.actor_id
				 WHERE f.metric = ?""", String.class, DRONES));
		assertThat(claimants).hasSize(3);
		Elements legend = page.select("ul.legend li");
		assertThat(legend.eachAttr("data-claimant")).containsExactlyInAnyOrderElementsOf(claimants);
		Map<String, Set<String>> colours = page.select("g.figure-mark").stream()
			.collect(Collectors.groupingBy(mark -> mark.attr("data-claimant"),
					Collectors.mapping(mark -> seriesClass(mark), Collectors.toSet())));
		assertThat(colours.keySet()).isEqualTo(claimants);
		colours.forEach((claimant, classes) -> {
			assertThat(classes).as(claimant).hasSize(1);
			assertThat(legend.select("li[data-claimant=" + claimant + "]").attr("class")).isEqualTo(classes.iterator().next());
		});
		assertThat(colours.values().stream().map(classes -> classes.iterator().next()).distinct()).hasSize(3);
		// Symbols differ by shape, not colour alone.
		assertThat(legend.select("svg path").eachAttr("d").stream().map(d -> d.replaceAll("[-\\d.\\s]", "")).distinct())
			.hasSize(3);
	}

	@Test
	void floorsPointUpCeilingsDownAndNothingIsDrawnThatTheTextDoesNotGive() throws Exception {
		Document page = html(this.mvc, "/figures/" + DRONES);
		Element floor = mark(page, "synthetic-counters-verified-at-least-900-drones");
		assertThat(floor.attr("data-shape")).isEqualTo("floor");
		assertThat(tip(floor)).as("a floor's arrow points up").isLessThan(base(floor));
		assertThat(floor.select("path.range")).isEmpty();
		Element ceiling = mark(page, "synthetic-spokesperson-up-to-2000-drones");
		assertThat(ceiling.attr("data-shape")).isEqualTo("ceiling");
		assertThat(tip(ceiling)).as("a ceiling's arrow points down").isGreaterThan(base(ceiling));
		assertThat(ceiling.select("path.span")).as("said in May 2025: the month is drawn, not a day").hasSize(1);
		Element approximate = mark(page, "synthetic-ministry-about-1500-drones");
		assertThat(approximate.attr("data-shape")).isEqualTo("approximate");
		assertThat(approximate.select("text.approx").text()).isEqualTo("≈");
		assertThat(approximate.select("path.range, path.arrow")).as("no range invented").isEmpty();
		Element range = mark(page, "synthetic-counters-model-1400-drones");
		assertThat(range.attr("data-shape")).isEqualTo("range");
		assertThat(range.select("path.range")).hasSize(1);
		assertThat(range.select("path.earlier")).as("on or before: not drawn as a day").hasSize(1);
		Element point = mark(page, "synthetic-spokesperson-300-drones-flew");
		assertThat(point.attr("data-shape")).isEqualTo("point");
		assertThat(point.select("path.range, path.arrow, text.approx")).isEmpty();
		Element modelRow = page.getElementById("figure-" + figureId("synthetic-counters-model-1400-drones"));
		assertThat(modelRow.text()).contains("1,100 · 1,400 · 1,800", "estimate", "from 1 March 2025 to 30 June 2025",
				"a running total");
		Element countRow = page.getElementById("figure-" + figureId("synthetic-counters-verified-at-least-900-drones"));
		assertThat(countRow.text()).contains("900 · — · —", "a floor at 900, no upper bound stated", "independent count",
				"from 1 March 2025; end not stated", "leaves out drones seen only once");
		assertThat(page.select("ul.key li").text()).contains("Arrow up: a floor", "Arrow down: a ceiling", "≈",
				"Dashed line", "Horizontal bar");
	}

	@Test
	void theRealMeasureShowsEachClaimantsFigureAndNoOtherMeasure() throws Exception {
		Document page = html(this.mvc, "/figures/russian-killed");
		assertThat(page.select("table.measure-table tbody tr")).hasSize(2);
		assertThat(page.select("ul.legend li").eachText()).containsExactlyInAnyOrder("UK Ministry of Defence", "Russia");
		assertThat(page.select("g.figure-mark").eachAttr("data-shape")).containsOnly("approximate");
		Element russia = page.selectFirst("g.figure-mark[data-claimant=russia]");
		assertThat(russia.select("path.earlier")).as("said on or before 13 June 2025").hasSize(1);
		assertThat(page.text()).doesNotContain("1,000,000").doesNotContain("General Staff");
		assertThat(page.select("svg.chart").attr("aria-labelledby")).isEqualTo("measure-title measure-desc");
		assertThat(page.select("svg.chart title#measure-title").text())
			.isEqualTo("Russian killed: every figure, by when it was said");
	}

	@Test
	void theOverviewLinksToEveryMeasure() throws Exception {
		Document page = html(this.mvc, "/figures");
		for (String metric : this.jdbc.queryForList("SELECT DISTINCT metric FROM figure", String.class)) {
			assertThat(page.select("section.metric a[href=/figures/" + metric + "]")).as(metric).hasSize(1);
			assertThat(html(this.mvc, "/figures/" + metric).select("g.figure-mark")).as(metric)
				.hasSize(this.jdbc.queryForObject("SELECT count(*) FROM figure WHERE metric = ?", Integer.class, metric));
		}
	}

	@Test
	void theOverviewDrawsAFloorWithAnArrowAndACeilingOpen() throws Exception {
		Element section = html(this.mvc, "/figures").getElementById("metric-" + DRONES).parent();
		Element floor = bar(section, "at least 900 drones");
		assertThat(floor.select("rect.bar.floor")).hasSize(1);
		assertThat(floor.select("path.open-end")).hasSize(1);
		Element ceiling = bar(section, "up to 2,000 drones");
		assertThat(ceiling.select("rect.bar.ceiling")).hasSize(1);
		assertThat(ceiling.select("path.open-end")).isEmpty();
		assertThat(bar(section, "300 drones").select("rect.bar.point")).hasSize(1);
	}

	@Test
	void theMeasurePageIsValidatedLikeEveryPage() throws Exception {
		MockHttpServletResponse first = this.mvc.perform(get("/figures/russian-killed")).andReturn().getResponse();
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getHeader("Cache-Control")).contains("max-age");
		assertThat(this.mvc.perform(get("/figures/russian-killed").header("If-None-Match", etag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(304);
	}

	private static Element bar(Element section, String value) {
		return section.select("g.figure-bar").stream()
			.filter(g -> g.select("text.value").text().equals(value))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no bar for " + value));
	}

	private Element mark(Document page, String claim) {
		return page.selectFirst("g.figure-mark[data-figure=" + figureId(claim) + "]");
	}

	private int figureId(String claim) {
		return this.jdbc.queryForObject("SELECT f.id FROM figure f JOIN claim c ON c.id = f.claim_id WHERE c.slug = ?",
				Integer.class, claim);
	}

	private static String seriesClass(Element mark) {
		return mark.classNames().stream().filter(name -> name.startsWith("series-")).findFirst().orElseThrow();
	}

	private static int base(Element mark) {
		return Integer.parseInt(arrow(mark).group(2));
	}

	private static int tip(Element mark) {
		return Integer.parseInt(arrow(mark).group(3));
	}

	private static Matcher arrow(Element mark) {
		Matcher matcher = ARROW.matcher(mark.selectFirst("path.arrow").attr("d"));
		assertThat(matcher.find()).isTrue();
		return matcher;
	}

}
