package org.warnews.model;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The qualifier rule: low, best and high from a value and the source's qualifier, and nothing invented. */
class FigureBoundsTest {

	private static final BigDecimal N = new BigDecimal("250000");

	@ParameterizedTest(name = "“{0}” N: low {1}, best {2}, high {3}, {4}")
	@CsvSource(nullValues = "-", value = { "-, -, 250000, -, point", "exactly, -, 250000, -, point",
			"more than, 250000, -, -, floor", "at least, 250000, -, -, floor", "up to, -, -, 250000, ceiling",
			"around, -, 250000, -, approximate", "roughly, -, 250000, -, approximate",
			"about, -, 250000, -, approximate" })
	void aQualifierGivesItsBoundsAndNoOthers(String qualifier, BigDecimal low, BigDecimal best, BigDecimal high,
			String shape) {
		FigureBounds bounds = FigureBounds.of(N, qualifier, null, null);
		assertThat(bounds.low()).isEqualTo(low);
		assertThat(bounds.best()).isEqualTo(best);
		assertThat(bounds.high()).isEqualTo(high);
		assertThat(bounds.approximate()).isEqualTo(shape.equals("approximate"));
		assertThat(bounds.shape().getCode()).isEqualTo(shape);
	}

	@Test
	void aRangeTheTextStatesIsKeptAroundAnExactValue() {
		FigureBounds bounds = FigureBounds.of(N, null, new BigDecimal("200000"), new BigDecimal("300000"));
		assertThat(bounds).isEqualTo(new FigureBounds(new BigDecimal("200000"), N, new BigDecimal("300000"), false));
		assertThat(bounds.shape()).isEqualTo(FigureBounds.Shape.RANGE);
		assertThat(FigureBounds.of(N, "exactly", null, new BigDecimal("300000")).shape())
			.isEqualTo(FigureBounds.Shape.RANGE);
		// A floor may repeat its own value as its low, a ceiling as its high.
		assertThat(FigureBounds.of(N, "more than", N, null).low()).isEqualTo(N);
		assertThat(FigureBounds.of(N, "up to", null, N).high()).isEqualTo(N);
	}

	@Test
	void aRangeThatDoesNotFitTheQualifierIsRefusedWithTheReason() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FigureBounds.of(N, "roughly", new BigDecimal("200000"), new BigDecimal("300000")))
			.withMessage("“roughly 250000” is an approximate value: the text gives no range, so none is recorded; "
					+ "remove the range");
		assertThatIllegalArgumentException().isThrownBy(() -> FigureBounds.of(N, "more than", null, new BigDecimal("300000")))
			.withMessageContaining("is a floor: its low is the value itself and it has no high");
		assertThatIllegalArgumentException().isThrownBy(() -> FigureBounds.of(N, "more than", new BigDecimal("1"), null))
			.withMessageContaining("is a floor");
		assertThatIllegalArgumentException().isThrownBy(() -> FigureBounds.of(N, "up to", new BigDecimal("1"), null))
			.withMessageContaining("is a ceiling: its high is the value itself and it has no low");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FigureBounds.of(N, null, new BigDecimal("260000"), new BigDecimal("300000")))
			.withMessage("the range 260000–300000 does not contain the value 250000: low ≤ value ≤ high");
		assertThatIllegalArgumentException().isThrownBy(() -> FigureBounds.of(N, "dozens", null, null))
			.withMessage("“dozens” is not a qualifier of figures");
	}

	@ParameterizedTest
	@CsvSource({ "official-claim, OFFICIAL_CLAIM", "independent-count, INDEPENDENT_COUNT", "estimate, ESTIMATE" })
	void aFigureKindIsStoredAsItsCode(String code, FigureKind kind) {
		FigureKind.Column column = new FigureKind.Column();
		assertThat(column.convertToDatabaseColumn(kind)).isEqualTo(code);
		assertThat(column.convertToEntityAttribute(code)).isEqualTo(kind);
	}

}
