package org.warnews.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core finds no WCAG 2.2 A/AA violation on any page type, in light and dark mode. */
class AccessibilityTest extends BrowserTest {

	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@ParameterizedTest(name = "{0} (dark: {1})")
	@CsvSource({ "/, false", "/, true", "/sources/2025-06-13-ukraine-russia-war-latest, false",
			"/sources/2025-06-13-ukraine-russia-war-latest/text, false",
			"/sources/2025-06-13-ukraine-russia-war-latest/text, true",
			"/items/kyiv-claims-moscow-lost-more-than-one-million-soldiers, false",
			"/claims/uk-mod-roughly-250000-russian-soldiers-killed, false",
			"/claims/uk-mod-roughly-250000-russian-soldiers-killed, true", "/topics, false", "/topics/drones, true",
			"/actors, false", "/actors/volodymyr-zelensky, true", "/about, false", "/figures, false", "/figures, true", "/figures/russian-killed, false", "/figures/russian-killed, true", "/search?q=drones, false", "/search?q=drones, true",
			"/search?q=zzzzqqq, false", "/no-such-page, false", "/corrections, false", "/corrections, true",
			"/claims/russia-around-6000-soldiers-killed, true", "/claims/russia-around-6000-soldiers-killed/versions/1, false",
			"/no-such-page, true" })
	void pageHasNoWcagViolations(String path, boolean dark) {
		open(path, true, dark);
		String background = (String) this.driver
			.executeScript("return getComputedStyle(document.documentElement).backgroundColor");
		assertThat(background).as("page background").isEqualTo(dark ? "rgb(22, 22, 20)" : "rgb(253, 252, 249)");
		Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(this.driver);
		assertThat(results.isErrored()).as("axe-core ran").isFalse();
		assertThat(results.getPasses()).as("rules axe-core checked and passed").isNotEmpty();
		assertThat(results.getViolations()).as(() -> describe(results.getViolations())).isEmpty();
		assertThat(this.driver.findElements(org.openqa.selenium.By.tagName("h1"))).hasSize(1);
		assertThat(this.driver.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"))
			.isEqualTo("en");
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes()
				.stream()
				.map(node -> String.valueOf(node.getTarget()))
				.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

}
