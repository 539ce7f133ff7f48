package org.warnews.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.warnews.WarNewsTest;
import org.warnews.model.FigureBounds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure of the first source, as loaded, with its low, best and high by the qualifier rule, its kind, its
 * counting period and whether it is a running total: nothing beyond what the text says.
 */
@WarNewsTest
class FirstSourceFiguresTest {

	/** claim → metric, qualifier, low, best, high, approximate, kind, period start, period end, cumulative. */
	private static final Map<String, List<Object>> EXPECTED = Map.of(
			"general-staff-russia-lost-more-than-one-million-troops",
			List.of("russian-troops-lost", "more than", "1000000", "-", "-", false, "official-claim", "2022-02-24", "-", true),
			"uk-mod-more-than-one-million-russian-casualties",
			List.of("russian-casualties", "more than", "1000000", "-", "-", false, "estimate", "2022-02-24", "-", true),
			"uk-mod-roughly-250000-russian-soldiers-killed",
			List.of("russian-killed", "roughly", "-", "250000", "-", true, "estimate", "2022-02-24", "-", true),
			// "early in the war": no start, no end, and the text does not say it is a running total.
			"russia-around-6000-soldiers-killed",
			List.of("russian-killed", "around", "-", "6000", "-", true, "official-claim", "-", "-", "-"),
			"putin-air-defences-destroyed-more-than-80000-targets",
			List.of("targets-destroyed-by-russian-air-defences", "more than", "80000", "-", "-", false, "official-claim", "-",
					"-", true));

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyFigureOfTheFirstSourceIsReadAsTheTextStatesIt() {
		List<Map<String, Object>> figures = figures();
		assertThat(figures).extracting(row -> row.get("slug")).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
		for (Map<String, Object> row : figures) {
			List<Object> actual = List.of(row.get("metric"), row.get("qualifier"), text(row.get("low")),
					text(row.get("best")), text(row.get("high")), row.get("approximate"), row.get("kind"),
					text(row.get("period_start")), text(row.get("period_end")),
					(row.get("cumulative") != null) ? row.get("cumulative") : "-");
			assertThat(actual).as((String) row.get("slug")).isEqualTo(EXPECTED.get(row.get("slug")));
			// No figure of the first source says what it leaves out.
			assertThat(row.get("excludes")).as((String) row.get("slug")).isNull();
		}
	}

	@Test
	void theStoredBoundsAreTheQualifierRulesOwn() {
		for (Map<String, Object> row : figures()) {
			FigureBounds rule = FigureBounds.of((BigDecimal) row.get("value"), (String) row.get("qualifier"), null, null);
			assertThat(new FigureBounds((BigDecimal) row.get("low"), (BigDecimal) row.get("best"),
					(BigDecimal) row.get("high"), (Boolean) row.get("approximate")))
				.as((String) row.get("slug"))
				.isEqualTo(rule);
		}
	}

	private List<Map<String, Object>> figures() {
		return this.jdbc.queryForList("""
				SELECT c.slug, f.metric, f.qualifier, f.value, f.low, f.best, f.high, f.approximate, f.kind, f.period_start,
				       f.period_end, f.cumulative, f.excludes
				  FROM figure f JOIN claim c ON c.id = f.claim_id JOIN item i ON i.id = c.item_id
				  JOIN source s ON s.id = i.source_id
				 WHERE s.slug = '2025-06-13-ukraine-russia-war-latest'""");
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		return (value != null) ? value.toString() : "-";
	}

}
