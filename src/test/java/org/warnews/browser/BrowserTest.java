package org.warnews.browser;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.warnews.WarNewsTest;

/** A test that opens pages of the running app in headless Chromium, and closes the browser after each test. */
@WarNewsTest
abstract class BrowserTest {

	@LocalServerPort
	int port;

	ChromeDriver driver;

	ChromeDriver open(String path, boolean javascript, boolean dark) {
		this.driver = Browser.open(javascript, dark);
		this.driver.get("http://127.0.0.1:" + this.port + path);
		return this.driver;
	}

	@AfterEach
	void closeBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

}
