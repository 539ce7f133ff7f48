package org.warnews.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** Every flow works with Tab and Enter alone, and the focus is always visible. */
class KeyboardTest extends BrowserTest {

	@Test
	void skipLinkThenTabToAnItemAndAClaimWithVisibleFocus() {
		open("/", true, false);

		press(Keys.TAB);
		WebElement skip = focused();
		assertThat(skip.getText()).isEqualTo("Skip to content");
		assertFocusVisible(skip);
		press(Keys.ENTER);
		waitForUrl("#main");

		tabTo("Putin calls for quick development of drone forces");
		press(Keys.ENTER);
		waitForUrl("/items/putin-calls-for-quick-development-of-drone-forces");

		tabTo("Drones have played a major role in the conflict in Ukraine.");
		press(Keys.ENTER);
		waitForUrl("/claims/putin-drones-played-major-role-in-conflict");
	}

	@Test
	void searchFormIsReachableAndSubmitsWithEnter() {
		open("/about", true, false);
		for (int i = 0; i < 20 && !"q".equals(focused().getAttribute("id")); i++) {
			press(Keys.TAB);
		}
		assertThat(focused().getAttribute("id")).isEqualTo("q");
		assertFocusVisible(focused());
		new Actions(this.driver).sendKeys("drones").sendKeys(Keys.ENTER).perform();
		waitForUrl("/search?q=drones");
	}

	private void tabTo(String linkText) {
		for (int i = 0; i < 200; i++) {
			press(Keys.TAB);
			WebElement element = focused();
			assertFocusVisible(element);
			if (element.getText().equals(linkText)) {
				return;
			}
		}
		throw new AssertionError("Tab never reached the link " + linkText);
	}

	private void waitForUrl(String part) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
	}

	private void press(Keys key) {
		new Actions(this.driver).sendKeys(key).perform();
	}

	private WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	private void assertFocusVisible(WebElement element) {
		assertThat(element.getCssValue("outline-style")).as("focus outline of %s", element.getText()).isNotEqualTo("none");
		assertThat(element.getCssValue("outline-width")).isNotEqualTo("0px");
	}

}
