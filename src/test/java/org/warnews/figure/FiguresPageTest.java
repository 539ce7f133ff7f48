package org.warnews.figure;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warnews.Pages.html;

/** Competing figures side by side: one accessible chart and table per metric, every figure with its claimant and date. */
@WarNewsTest
class FiguresPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theChartShowsEveryFigureWithItsClaimantQualifierAndDate() throws Exception {
		Document page = html(this.mvc, "/figures");
		List<Map<String, Object>> figures = this.jdbc.queryForList("""
				SELECT f.metric, f.metric_label, f.value, f.qualifier, f.unit, c.slug, a.name
				FROM figure f JOIN claim c ON c.id = f.claim_id JOIN actor a ON a.id = c.actor_id""");
		assertThat(page.select("svg.chart g.figure-bar")).hasSize(figures.size());
		for (Map<String, Object> figure : figures) {
			Element section = page.getElementById("metric-" + figure.get("metric")).parent();
			Element chart = section.selectFirst("svg.chart");
			String value = String.format(Locale.UK, "%s %,d %s", figure.get("qualifier"), ((Number) figure.get("value")).longValue(),
					figure.get("unit"));
			Element bar = chart.select("g.figure-bar").stream()
				.filter(g -> g.select("text.value").text().equals(value))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no bar for " + value + " in " + chart.text()));
			assertThat(bar.select("text.claimant").text()).startsWith((String) figure.get("name")).contains("· said ");
			assertThat(Integer.parseInt(bar.select("rect.bar").attr("width"))).isPositive();
			Element row = section.select("table tbody tr").stream()
				.filter(tr -> tr.select("a").attr("href").equals("/claims/" + figure.get("slug")))
				.findFirst()
				.orElseThrow();
			assertThat(row.select("th").text()).isEqualTo(figure.get("name"));
			assertThat(row.text()).contains(value.replace(" " + figure.get("unit"), ""));
			assertThat(row.select("time").attr("datetime")).isNotBlank();
			assertThat(section.select("svg desc").text()).contains((String) figure.get("name"));
		}
	}

	@Test
	void eachMetricHasItsOwnChartSoDifferentMeasuresAreNeverMerged() throws Exception {
		Document page = html(this.mvc, "/figures");
		List<String> metrics = this.jdbc.queryForList("SELECT DISTINCT metric FROM figure", String.class);
		assertThat(page.select("section.metric")).hasSize(metrics.size());
		for (Element section : page.select("section.metric")) {
			String metric = section.selectFirst("h2").id().substring("metric-".length());
			assertThat(section.select("svg.chart")).hasSize(1);
			assertThat(section.select("g.figure-bar")).hasSize(this.jdbc.queryForObject(
					"SELECT count(*) FROM figure WHERE metric = ?", Integer.class, metric));
		}
		// Ukraine's General Staff's "troops lost" and the UK MoD's "casualties" are different measures.
		Element casualties = page.getElementById("metric-russian-casualties").parent();
		assertThat(casualties.text()).contains("UK Ministry of Defence").doesNotContain("General Staff");
	}

	@Test
	void theChartIsAccessibleAndTheTableDescribesIt() throws Exception {
		Document page = html(this.mvc, "/figures");
		for (Element svg : page.select("svg.chart")) {
			assertThat(svg.attr("role")).isEqualTo("img");
			String[] labelledBy = svg.attr("aria-labelledby").split(" ");
			assertThat(labelledBy).hasSize(2);
			assertThat(svg.getElementById(labelledBy[0]).tagName()).isEqualTo("title");
			assertThat(svg.getElementById(labelledBy[1]).tagName()).isEqualTo("desc");
			assertThat(svg.select("title").text()).endsWith("figures by claimant");
			Element table = svg.parent().selectFirst("table");
			assertThat(table.select("caption").text()).isEqualTo(svg.select("title").text());
			assertThat(table.select("thead th").eachText()).containsExactly("Claimant", "Figure", "What is counted",
					"Period", "Said");
		}
		assertThat(page.select("nav a[href=/figures]")).hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo("Competing figures");
	}

}
