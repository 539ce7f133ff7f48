package org.warnews.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader browses from the home page to a claim and on to its quote in the full text. */
class BrowseFlowTest extends BrowserTest {

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void homeToItemToClaimToTheQuoteInTheFullText(boolean javascript) {
		open("/", javascript, false);
		assertThat(this.driver.getTitle()).startsWith("War News Reference");

		this.driver.findElement(By.linkText("Putin calls for quick development of drone forces")).click();
		assertThat(this.driver.getCurrentUrl()).endsWith("/items/putin-calls-for-quick-development-of-drone-forces");
		assertThat(this.driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("Putin calls for quick development of drone forces");

		this.driver.findElement(By.partialLinkText("Drones have played a major role")).click();
		assertThat(this.driver.getCurrentUrl()).endsWith("/claims/putin-drones-played-major-role-in-conflict");
		assertThat(this.driver.findElement(By.cssSelector(".attribution-lead")).getText())
			.isEqualTo("According to Vladimir Putin:");
		assertThat(this.driver.findElement(By.cssSelector("blockquote mark")).getText())
			.isEqualTo("drones had played a major role in the conflict in Ukraine");

		this.driver.findElement(By.partialLinkText("Read it in the full text")).click();
		assertThat(this.driver.getCurrentUrl()).contains("/sources/2025-06-13-ukraine-russia-war-latest/text#p-14");
		WebElement target = this.driver.findElement(By.id("p-14"));
		assertThat(target.getText()).contains("drones had played a major role in the conflict in Ukraine");
		Number top = (Number) this.driver.executeScript("return arguments[0].getBoundingClientRect().top", target);
		Number viewport = (Number) this.driver.executeScript("return window.innerHeight");
		assertThat(top.doubleValue()).as("the quoted paragraph is scrolled into view")
			.isBetween(-5.0, viewport.doubleValue() - 40);
	}

}
