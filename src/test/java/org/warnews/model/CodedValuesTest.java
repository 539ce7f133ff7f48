package org.warnews.model;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Date precisions and actor kinds, read from and written as their database codes: plain unit tests. */
class CodedValuesTest {

	private static final LocalDate DAY = LocalDate.of(2025, 6, 12);

	@Test
	void aDateIsWrittenAsPreciselyAsItsPrecisionAllows() {
		assertThat(DatePrecision.DAY.label(DAY)).isEqualTo("12 June 2025");
		assertThat(DatePrecision.MONTH.label(DAY)).isEqualTo("June 2025");
		assertThat(DatePrecision.YEAR.label(DAY)).isEqualTo("2025");
		assertThat(DatePrecision.APPROXIMATE.label(DAY)).isEqualTo("about June 2025");
		assertThat(DatePrecision.ON_OR_BEFORE.label(DAY)).isEqualTo("on or before 12 June 2025");
	}

	@ParameterizedTest
	@EnumSource(DatePrecision.class)
	void aPrecisionIsStoredAsItsCode(DatePrecision precision) {
		DatePrecision.Column column = new DatePrecision.Column();
		assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(precision))).isEqualTo(precision);
	}

	@ParameterizedTest
	@EnumSource(ActorKind.class)
	void aKindIsStoredAsItsCode(ActorKind kind) {
		ActorKind.Column column = new ActorKind.Column();
		assertThat(column.convertToDatabaseColumn(kind)).isEqualTo(kind.name().toLowerCase(Locale.ROOT));
		assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(kind))).isEqualTo(kind);
	}

	@Test
	void codesAreTheDatabasesOwn() {
		assertThat(DatePrecision.ON_OR_BEFORE.getCode()).isEqualTo("on-or-before");
		assertThat(DatePrecision.of("approximate")).isEqualTo(DatePrecision.APPROXIMATE);
		assertThatIllegalStateException().isThrownBy(() -> DatePrecision.of("ON_OR_BEFORE"));
		assertThatIllegalStateException().isThrownBy(() -> ActorKind.of("Person"));
	}

}
