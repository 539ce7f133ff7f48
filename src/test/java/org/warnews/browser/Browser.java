package org.warnews.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The system's headless Chromium, driven through chromedriver. Nothing is downloaded: without a Chromium the
 * browser tests are skipped with a message, except on CI, where a missing browser fails the run.
 */
final class Browser {

	static final Dimension DESKTOP = new Dimension(1280, 900);

	static final Dimension PHONE = new Dimension(390, 844);

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private Browser() {
	}

	/** A fresh headless Chromium; {@code javascript} false turns scripts off, {@code dark} asks for dark mode. */
	static ChromeDriver open(boolean javascript, boolean dark) {
		requireChromium();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1280,900");
		if (!javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		if (dark) {
			driver.executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
		}
		return driver;
	}

	static void screenshot(ChromeDriver driver, String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
	}

	/** Resizes the viewport to show the whole page, so a screenshot captures all of it. */
	static void fitPage(ChromeDriver driver, Dimension viewport) {
		driver.manage().window().setSize(viewport);
		Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width, "height",
				Math.min(height.intValue(), 6000), "deviceScaleFactor", 1, "mobile", viewport.width < 600));
	}

	private static void requireChromium() {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present && "true".equals(System.getenv("CI"))) {
			assertThat(present).as("CI=true needs Chromium at %s and chromedriver at %s (apt-get install chromium "
					+ "chromium-driver)", CHROMIUM, CHROMEDRIVER).isTrue();
		}
		if (!present) {
			System.err.println("Browser tests skipped: no Chromium at " + CHROMIUM + " or chromedriver at "
					+ CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
		}
		Assumptions.assumeTrue(present, "no Chromium: browser tests skipped");
	}

}
