package org.warnews.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Desktop and phone screenshots of every page type under target/screenshots, for a person to look at; and no
 * page is wider than a phone's screen.
 */
class ScreenshotTest extends BrowserTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "home, /", "source, /sources/2025-06-13-ukraine-russia-war-latest",
			"text, /sources/2025-06-13-ukraine-russia-war-latest/text",
			"item, /items/zelensky-to-attend-g7-and-hopes-to-meet-trump",
			"claim, /claims/uk-mod-roughly-250000-russian-soldiers-killed", "topics, /topics", "topic, /topics/casualties",
			"actors, /actors", "actor, /actors/vladimir-putin", "about, /about", "figures, /figures", "measure, /figures/russian-killed", "search, /search?q=drones", "search-empty, /search?q=zzzzqqq", "not-found, /claims/no-such-claim",
			"corrections, /corrections", "corrected-claim, /claims/russia-around-6000-soldiers-killed",
			"claim-version, /claims/russia-around-6000-soldiers-killed/versions/1" })
	void desktopAndPhone(String name, String path) throws Exception {
		open(path, true, false);
		Browser.fitPage(this.driver, Browser.DESKTOP);
		Browser.screenshot(this.driver, name + "-desktop");
		Browser.fitPage(this.driver, Browser.PHONE);
		Browser.screenshot(this.driver, name + "-phone");
		Number overflow = (Number) this.driver
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(overflow.intValue()).as("horizontal overflow at phone width on %s", path).isLessThanOrEqualTo(0);
	}

}
