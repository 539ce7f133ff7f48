package org.warnews.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The from/to filters as typed: ISO days, either end open, and a message for what cannot be read. A unit test. */
class DateRangeTest {

	@Test
	void daysAreReadAsIsoDaysAndEitherEndMayBeLeftOpen() {
		assertThat(DateRange.parse("2025-06-01", "2025-06-30"))
			.isEqualTo(new DateRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)));
		assertThat(DateRange.parse(" 2025-06-01 ", null)).isEqualTo(new DateRange(LocalDate.of(2025, 6, 1), null));
		assertThat(DateRange.parse("", "  ")).isEqualTo(DateRange.ANY);
		assertThat(DateRange.ANY.any()).isFalse();
		assertThat(DateRange.parse(null, "2025-06-13").any()).isTrue();
		assertThat(DateRange.parse("2025-06-13", "2025-06-13").from()).isEqualTo(LocalDate.of(2025, 6, 13));
	}

	@Test
	void aDayThatIsNoDayOrAFromAfterToIsRefusedWithWhatIsWrong() {
		assertThatThrownBy(() -> DateRange.parse("13/06/2025", null)).isInstanceOf(DateRange.Invalid.class)
			.hasMessage("'from' must be a day of the calendar written YYYY-MM-DD, e.g. 2025-06-13.");
		assertThatThrownBy(() -> DateRange.parse(null, "2025-02-30")).isInstanceOf(DateRange.Invalid.class)
			.hasMessageStartingWith("'to' must be a day of the calendar");
		assertThatThrownBy(() -> DateRange.parse("2025-06", null)).isInstanceOf(DateRange.Invalid.class);
		assertThatThrownBy(() -> DateRange.parse("2025-06-14", "2025-06-13")).isInstanceOf(DateRange.Invalid.class)
			.hasMessage("'from' (2025-06-14) is after 'to' (2025-06-13): give the earlier day as 'from'.");
	}

	@Test
	void eachRelationTypeReadsOneWayFromEachOfItsClaimsAndIsStoredAsItsCode() {
		assertThat(RelationType.RESTATES.getWording()).isEqualTo("restates");
		assertThat(RelationType.RESTATES.getInverseWording()).isEqualTo("is restated by");
		assertThat(RelationType.CHARACTERISES.getInverseWording()).isEqualTo("is characterised by");
		assertThat(RelationType.find("updates")).contains(RelationType.UPDATES);
		assertThat(RelationType.find("UPDATES")).isEmpty();
		RelationType.Column column = new RelationType.Column();
		for (RelationType type : RelationType.values()) {
			assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(type))).isEqualTo(type);
		}
		assertThat(RelationType.RESTATES.getClaimants().allow("a", "a")).isTrue();
		assertThat(RelationType.RESTATES.getClaimants().allow("a", "b")).isFalse();
		assertThat(RelationType.DISPUTES.getClaimants().allow("a", "a")).isFalse();
		assertThat(RelationType.CHARACTERISES.getClaimants().allow("a", "a")).isTrue();
	}

}
